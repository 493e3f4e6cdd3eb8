package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client end of the stdio transport (MCP "Transports: stdio"): launches the server as a child
 * process, writes to its stdin and reads its stdout, one JSON-RPC message per line.
 *
 * <p>The server's stderr is a log: each line goes to the {@linkplain Builder#stderr configured
 * consumer} (by default SLF4J at INFO, never this process's stdout) and the last
 * {@value ServerStderr#TAIL_LINES} lines are kept. If the server exits on its own with a non-zero
 * code, the connection closes with a {@link ConnectionClosedException} whose message holds the
 * exit code and that stderr tail, so the user sees why it died.
 *
 * <p>{@link #close} follows the spec's shutdown: close the server's stdin, wait for it to exit,
 * then terminate it and its descendants ({@code SIGTERM}), wait, and kill them ({@code SIGKILL}).
 * The signals go through {@link ProcessHandle} rather than {@link Process#destroy}, which would
 * also close the streams and lose the server's last stderr lines. A JVM shutdown hook runs the
 * same sequence while the transport is open, so a server never outlives its client.
 */
public final class StdioClientTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(StdioClientTransport.class);

  private final List<String> command;
  private final String name;
  private final Map<String, String> environment;
  private final boolean inheritEnvironment;
  private final @Nullable Path directory;
  private final JsonRpcCodec codec;
  private final Consumer<String> stderrConsumer;
  private final Duration exitTimeout;
  private final Duration terminateTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean hookRemoved = new AtomicBoolean();
  private volatile @Nullable Process process;
  private volatile @Nullable StreamTransport stream;
  private volatile @Nullable ServerStderr stderr;
  private volatile @Nullable Thread shutdownHook;

  private StdioClientTransport(Builder builder) {
    this.command = List.copyOf(builder.command);
    this.name = builder.name != null ? builder.name : defaultName(command.get(0));
    this.environment = Map.copyOf(builder.environment);
    this.inheritEnvironment = builder.inheritEnvironment;
    this.directory = builder.directory;
    this.codec = JsonRpcCodec.of(builder.limits);
    this.stderrConsumer = builder.stderr != null ? builder.stderr
        : line -> LOG.info("[{}] {}", name, line);
    this.exitTimeout = builder.exitTimeout;
    this.terminateTimeout = builder.terminateTimeout;
  }

  /** A transport that will run {@code command} (a program name or path) with {@code args}. */
  public static Builder builder(String command, String... args) {
    return new Builder(command).args(args);
  }

  private static String defaultName(String program) {
    String fileName = Path.of(program).getFileName() == null ? program
        : Path.of(program).getFileName().toString();
    return fileName.isEmpty() ? "server" : fileName;
  }

  /** The command line and working directory: what runs is the same server each time. */
  @Override
  public String peerIdentity() {
    return "stdio:" + String.join(" ", command)
        + (directory == null ? "" : " (in " + directory + ")");
  }

  /** The command line: program and arguments. */
  public List<String> command() {
    return command;
  }

  /** The name used in logs and messages (by default the program's file name). */
  public String name() {
    return name;
  }

  /**
   * Launches the server and starts reading its stdout and stderr.
   *
   * @throws ConnectionClosedException if the process cannot be started; the message names the
   *     command and the reason
   */
  @Override
  public synchronized void start(MessageReceiver receiver) {
    if (closed.get()) {
      throw new IllegalStateException("transport " + name + " is closed");
    }
    if (process != null) {
      throw new IllegalStateException("already started");
    }
    Process started = launch();
    process = started;
    installShutdownHook(started);
    stderr = ServerStderr.start("stdio-" + name, started.getErrorStream(), stderrConsumer);
    StreamTransport transport = new StreamTransport("stdio-" + name, started.getInputStream(),
        started.getOutputStream(), codec, true, this::outputEnded);
    stream = transport;
    LOG.debug("[{}] Started server process {} (pid {})", name, command, started.pid());
    transport.start(receiver);
  }

  private Process launch() {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    if (!inheritEnvironment) {
      builder.environment().clear();
    }
    builder.environment().putAll(environment);
    try {
      return builder.start();
    } catch (IOException | RuntimeException e) {
      throw new ConnectionClosedException("Could not start MCP server process " + command
          + (directory == null ? "" : " in " + directory) + ": " + e.getMessage(), e);
    }
  }

  private void installShutdownHook(Process child) {
    Thread hook = Thread.ofPlatform().name("jmcp-stdio-" + name + "-shutdown").unstarted(() -> {
      StreamTransport transport = stream;
      if (transport != null) {
        transport.closeOutput();
      }
      stop(child);
    });
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      shutdownHook = hook;
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: nothing will wait for this server.
      child.destroyForcibly();
    }
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    StreamTransport transport = stream;
    if (transport == null) {
      throw new ConnectionClosedException("stdio transport " + name + " is not started");
    }
    transport.send(message, relatedRequest);
  }

  /** The server process; throws if not started. */
  public Process process() {
    Process child = process;
    if (child == null) {
      throw new IllegalStateException("transport " + name + " is not started");
    }
    return child;
  }

  /** The server's process id; throws if not started. */
  public long pid() {
    return process().pid();
  }

  /** The server's exit code, once it has exited. */
  public OptionalInt exitCode() {
    Process child = process;
    return child == null || child.isAlive() ? OptionalInt.empty()
        : OptionalInt.of(child.exitValue());
  }

  /**
   * Shuts the server down (stdin closed, then {@code SIGTERM}, then {@code SIGKILL}, each after
   * its wait) and returns once it is gone. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    StreamTransport transport;
    Process child;
    synchronized (this) {
      transport = stream;
      child = process;
    }
    if (transport == null || child == null) {
      return;
    }
    transport.beginClose();
    // Closing stdin can block behind a writer stuck on a server that stopped reading; the stop
    // sequence below must go on regardless, and killing the server releases that writer.
    Thread.ofPlatform().daemon().name("jmcp-stdio-" + name + "-close")
        .start(transport::closeOutput);
    stop(child);
    ServerStderr errors = stderr;
    if (errors != null) {
      errors.awaitEnd(500);
      errors.close();
    }
    transport.closeInput();
    removeShutdownHook();
    transport.finishClose(null);
  }

  /** Called on the stdout reader when the server's stdout ended without {@link #close}. */
  private @Nullable Throwable outputEnded(@Nullable IOException failure) {
    Process child = process();
    boolean exitedByItself = waitFor(child, exitTimeout);
    if (!exitedByItself) {
      StreamTransport transport = stream;
      if (transport != null) {
        transport.closeOutput();
      }
      stop(child);
    }
    ServerStderr errors = stderr;
    if (errors != null) {
      errors.awaitEnd(1000);
    }
    removeShutdownHook();
    int code = child.exitValue();
    if (failure == null && exitedByItself && code == 0) {
      LOG.debug("[{}] Server process exited", name);
      return null;
    }
    String what = failure != null ? "Reading from MCP server process " + describe(child)
        + " failed (" + failure.getMessage() + "); it exited with code " + code
        : exitedByItself ? "MCP server process " + describe(child) + " exited with code " + code
        : "MCP server process " + describe(child)
            + " closed its stdout but kept running; it was stopped (exit code " + code + ")";
    ConnectionClosedException cause = new ConnectionClosedException(
        what + signal(code) + stderrSummary(errors), failure);
    LOG.warn("[{}] {}", name, cause.getMessage());
    return cause;
  }

  private String describe(Process child) {
    return "'" + name + "' (pid " + child.pid() + ")";
  }

  private static String signal(int code) {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    return !windows && code > 128 && code < 160 ? " (killed by signal " + (code - 128) + ")" : "";
  }

  private static String stderrSummary(@Nullable ServerStderr errors) {
    List<String> tail = errors == null ? List.of() : errors.tail();
    if (tail.isEmpty()) {
      return "; it wrote nothing to stderr";
    }
    return "; last stderr lines:\n  " + String.join("\n  ", tail);
  }

  /** Waits for exit, then terminates, then kills; returns with the process gone. */
  private void stop(Process child) {
    boolean interrupted = false;
    try {
      if (child.waitFor(exitTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return;
      }
      LOG.debug("[{}] Server did not exit within {} of its stdin closing; terminating it", name,
          exitTimeout);
      List<ProcessHandle> family = family(child);
      family.forEach(ProcessHandle::destroy);
      if (child.waitFor(terminateTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return;
      }
      LOG.warn("[{}] Server did not exit within {} of SIGTERM; killing it", name, terminateTimeout);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    family(child).forEach(ProcessHandle::destroyForcibly);
    try {
      child.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The process and its descendants, captured before signals re-parent the latter. */
  private static List<ProcessHandle> family(Process child) {
    List<ProcessHandle> family = new ArrayList<>();
    family.add(child.toHandle());
    child.descendants().forEach(family::add);
    return family;
  }

  private static boolean waitFor(Process child, Duration timeout) {
    try {
      return child.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !child.isAlive();
    }
  }

  private void removeShutdownHook() {
    Thread hook = shutdownHook;
    if (hook != null && hookRemoved.compareAndSet(false, true)) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Shutdown has begun: the hook is running or about to, and finds the process gone.
      }
    }
  }

  /** Configures a {@link StdioClientTransport}. */
  public static final class Builder {
    private final List<String> command = new ArrayList<>();
    private @Nullable String name;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private boolean inheritEnvironment = true;
    private @Nullable Path directory;
    private JsonRpcLimits limits = JsonRpcLimits.DEFAULT;
    private @Nullable Consumer<String> stderr;
    private Duration exitTimeout = Duration.ofSeconds(2);
    private Duration terminateTimeout = Duration.ofSeconds(2);

    private Builder(String program) {
      if (program.isBlank()) {
        throw new IllegalArgumentException("command must not be blank");
      }
      command.add(program);
    }

    /** Appends arguments to the command line. */
    public Builder args(String... values) {
      for (String value : values) {
        command.add(Objects.requireNonNull(value, "argument"));
      }
      return this;
    }

    /** Appends arguments to the command line. */
    public Builder args(List<String> values) {
      return args(values.toArray(String[]::new));
    }

    /** The name used in logs and error messages; default the program's file name. */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /** Sets a variable in the server's environment (added to the inherited one). */
    public Builder env(String key, String value) {
      environment.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets variables in the server's environment (added to the inherited one). */
    public Builder env(Map<String, String> values) {
      values.forEach(this::env);
      return this;
    }

    /** Whether the server inherits this process's environment; default true. */
    public Builder inheritEnvironment(boolean value) {
      this.inheritEnvironment = value;
      return this;
    }

    /** The server's working directory; default this process's. */
    public Builder directory(Path value) {
      this.directory = Objects.requireNonNull(value, "directory");
      return this;
    }

    /** Limits on messages read from the server. */
    public Builder limits(JsonRpcLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /** Receives the server's stderr, line by line; default SLF4J at INFO. */
    public Builder stderr(Consumer<String> consumer) {
      this.stderr = Objects.requireNonNull(consumer, "consumer");
      return this;
    }

    /** How long the server gets to exit after its stdin closes; default 2 s. */
    public Builder exitTimeout(Duration value) {
      this.exitTimeout = positive(value, "exitTimeout");
      return this;
    }

    /** How long the server gets to exit after SIGTERM before it is killed; default 2 s. */
    public Builder terminateTimeout(Duration value) {
      this.terminateTimeout = positive(value, "terminateTimeout");
      return this;
    }

    private static Duration positive(Duration value, String what) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + value);
      }
      return value;
    }

    public StdioClientTransport build() {
      return new StdioClientTransport(this);
    }
  }
}
