package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newline-delimited JSON-RPC over an input and an output stream: the part both stdio ends share
 * (MCP "Transports: stdio", whose framing custom stream transports should reuse). One reader
 * thread decodes each line straight from the read buffer and delivers it in order; sends from any
 * thread are written one line each.
 *
 * <p>Closing happens in steps so that the process-owning client can put its shutdown sequence
 * between them: {@link #beginClose} (sends fail from then on), {@link #closeOutput},
 * {@link #closeInput}, {@link #finishClose} (the receiver hears about it once).
 */
final class StreamTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(StreamTransport.class);

  /** Decides, on the reader thread, why the input ended when nobody closed the transport. */
  @FunctionalInterface
  interface InputEnd {

    /**
     * @param failure the read error, or {@code null} at end of stream
     * @return the cause to report to the receiver, {@code null} for an orderly close
     */
    @Nullable Throwable ended(@Nullable IOException failure);
  }

  private final String name;
  private final InputStream in;
  private final FrameWriter writer;
  private final JsonRpcCodec codec;
  private final boolean daemonReader;
  private final InputEnd inputEnd;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean closeReported = new AtomicBoolean();
  private volatile @Nullable MessageReceiver receiver;

  StreamTransport(String name, InputStream in, OutputStream out, JsonRpcCodec codec,
      boolean daemonReader, InputEnd inputEnd) {
    this.name = name;
    this.in = in;
    this.writer = new FrameWriter(out);
    this.codec = codec;
    this.daemonReader = daemonReader;
    this.inputEnd = inputEnd;
  }

  /** A transport over two streams whose input simply ends, with nothing to explain. */
  static StreamTransport of(String name, InputStream in, OutputStream out, JsonRpcCodec codec) {
    return new StreamTransport(name, in, out, codec, true, failure -> failure);
  }

  String name() {
    return name;
  }

  @Override
  public void start(MessageReceiver messageReceiver) {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("already started");
    }
    this.receiver = messageReceiver;
    Thread.ofPlatform().name("jmcp-" + name + "-reader").daemon(daemonReader)
        .start(() -> read(messageReceiver));
  }

  private void read(MessageReceiver messageReceiver) {
    IOException failure = null;
    try {
      new FrameReader(in, codec.limits().maxMessageBytes()).readAll(new Delivery(messageReceiver));
    } catch (IOException e) {
      failure = e;
    } catch (RuntimeException | Error e) {
      LOG.error("[{}] Reader failed", name, e);
      failure = new IOException("reader failed: " + e, e);
    }
    if (closed.get()) {
      finishClose(null);
      return;
    }
    Throwable cause;
    try {
      cause = inputEnd.ended(failure);
    } catch (RuntimeException e) {
      cause = e;
    }
    if (beginClose()) {
      closeOutput();
      closeInput();
    }
    finishClose(cause);
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    if (closed.get()) {
      throw new ConnectionClosedException(name + " transport is closed");
    }
    byte[] frame = codec.encode(message);
    try {
      writer.write(frame);
    } catch (IOException e) {
      throw new ConnectionClosedException(name + " transport could not write: " + e.getMessage(),
          e);
    }
  }

  /** Whether {@link #beginClose} has run: sends fail, further input is dropped. */
  boolean isClosed() {
    return closed.get();
  }

  @Override
  public void close() {
    if (beginClose()) {
      closeOutput();
      closeInput();
      finishClose(null);
    }
  }

  /** Marks the transport closed; true for the one caller that gets to carry out the close. */
  boolean beginClose() {
    return closed.compareAndSet(false, true);
  }

  /** Closes the output, so the peer reads end of stream. */
  void closeOutput() {
    try {
      writer.close();
    } catch (IOException e) {
      LOG.debug("[{}] Closing the output failed: {}", name, e.toString());
    }
  }

  /** Closes the input, which ends the reader where the stream supports it. */
  void closeInput() {
    closeQuietly(in);
  }

  /** Tells the receiver, once, that the transport has closed. */
  void finishClose(@Nullable Throwable cause) {
    MessageReceiver target = receiver;
    if (target != null && closeReported.compareAndSet(false, true)) {
      target.onClose(cause);
    }
  }

  private void closeQuietly(Closeable stream) {
    try {
      stream.close();
    } catch (IOException e) {
      LOG.debug("[{}] Closing a stream failed: {}", name, e.toString());
    }
  }

  /** Decodes frames and hands them to the receiver; nothing a frame holds stops the reader. */
  private final class Delivery implements FrameReader.Frames {
    private final MessageReceiver target;

    Delivery(MessageReceiver target) {
      this.target = target;
    }

    @Override
    public void frame(byte[] buffer, int offset, int length) {
      if (closed.get()) {
        return;
      }
      JsonRpcMessage message;
      try {
        message = codec.decode(buffer, offset, length);
      } catch (MalformedMessageException e) {
        malformed(e);
        return;
      }
      try {
        target.onMessage(message, TransportContext.EMPTY);
      } catch (RuntimeException e) {
        LOG.error("[{}] Receiver failed on an inbound message", name, e);
      }
    }

    @Override
    public void overlong(long length) {
      if (!closed.get()) {
        malformed(new MalformedMessageException(ErrorCodes.INVALID_REQUEST,
            "Message exceeds " + codec.limits().maxMessageBytes() + " bytes: a line of " + length
                + " bytes was discarded", null));
      }
    }

    private void malformed(MalformedMessageException error) {
      try {
        target.onMalformed(error, TransportContext.EMPTY);
      } catch (RuntimeException e) {
        LOG.error("[{}] Receiver failed on malformed input", name, e);
      }
    }
  }
}
