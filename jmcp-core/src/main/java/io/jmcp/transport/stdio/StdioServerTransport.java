package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server end of the stdio transport (MCP "Transports: stdio"): reads newline-delimited
 * JSON-RPC from stdin and writes it to stdout, or to any pair of streams given.
 *
 * <p><b>stdout carries protocol only.</b> The spec forbids a server to write anything else there,
 * and one stray line corrupts the connection. Nothing in the process may write to
 * {@code System.out}; log to stderr (the MCP client shows or keeps it). Serving on the real stdout
 * ({@link #StdioServerTransport()}) therefore captures it when started and points
 * {@code System.out} at {@code System.err}, so a forgotten {@code System.out.println} lands in the
 * log instead of in the protocol ({@link Builder#redirectSystemOut}); close restores it.
 *
 * <p>Messages are delivered in order on one reader thread. When stdin ends (the client's
 * shutdown signal) the transport closes, with no cause, and closes stdout. The reader is a non-daemon thread, so a
 * server whose {@code main} returns keeps running until its client hangs up; after a
 * server-initiated {@link #close} stdin may stay open, so a process that wants to end then should
 * call {@code System.exit}.
 */
public final class StdioServerTransport implements Transport {

  private final StreamTransport stream;
  private final boolean redirectSystemOut;
  private @Nullable PrintStream replacedOut;
  private @Nullable PrintStream installedOut;

  /** Serves on this process's stdin and stdout, with default limits, redirecting {@code System.out}. */
  public StdioServerTransport() {
    this(builder());
  }

  /**
   * Serves on the given streams, with default limits; {@code System.out} is left alone. See
   * {@link Builder#output} for which streams suit.
   */
  public StdioServerTransport(InputStream in, OutputStream out) {
    this(builder().input(in).output(out));
  }

  private StdioServerTransport(Builder builder) {
    InputStream in = builder.input != null ? builder.input : System.in;
    OutputStream out = builder.output != null ? builder.output
        : new FileOutputStream(FileDescriptor.out);
    this.redirectSystemOut = builder.redirectSystemOut != null ? builder.redirectSystemOut
        : builder.output == null;
    this.stream = new StreamTransport("stdio-server", in, out, JsonRpcCodec.of(builder.limits),
        false, failure -> {
          restoreSystemOut();
          return failure;
        });
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void start(MessageReceiver receiver) {
    if (redirectSystemOut) {
      redirectSystemOut();
    }
    stream.start(receiver);
  }

  private synchronized void redirectSystemOut() {
    PrintStream original = System.out;
    original.flush();
    replacedOut = original;
    installedOut = System.err;
    System.setOut(System.err);
  }

  private synchronized void restoreSystemOut() {
    PrintStream original = replacedOut;
    if (original != null && System.out == installedOut) {
      System.setOut(original);
    }
    replacedOut = null;
    installedOut = null;
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    stream.send(message, relatedRequest);
  }

  /**
   * Closes stdout (the client reads end of stream, which the spec lets a server use to shut
   * down) and stdin, and restores {@code System.out}. Idempotent.
   */
  @Override
  public void close() {
    if (stream.beginClose()) {
      stream.closeOutput();
      stream.closeInput();
      restoreSystemOut();
      stream.finishClose(null);
    }
  }

  /** Configures a {@link StdioServerTransport}. */
  public static final class Builder {
    private @Nullable InputStream input;
    private @Nullable OutputStream output;
    private JsonRpcLimits limits = JsonRpcLimits.DEFAULT;
    private @Nullable Boolean redirectSystemOut;

    private Builder() {
    }

    /** Where messages are read from; default {@code System.in}. */
    public Builder input(InputStream value) {
      this.input = Objects.requireNonNull(value, "input");
      return this;
    }

    /**
     * Where messages are written; default this process's real stdout. Handler threads write to
     * it and are interrupted when their request is cancelled, so it should be a stream an
     * interrupt cannot close: pipes, files and process streams are fine; a {@code Socket}'s
     * stream is closed by the JDK when a virtual thread blocked writing to it is interrupted.
     */
    public Builder output(OutputStream value) {
      this.output = Objects.requireNonNull(value, "output");
      return this;
    }

    /** Limits on inbound messages; a longer line is refused and skipped. */
    public Builder limits(JsonRpcLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Whether {@code start} points {@code System.out} at {@code System.err} until close. Default:
     * on when serving on the real stdout, off when an output stream is given.
     */
    public Builder redirectSystemOut(boolean value) {
      this.redirectSystemOut = value;
      return this;
    }

    public StdioServerTransport build() {
      return new StdioServerTransport(this);
    }
  }
}
