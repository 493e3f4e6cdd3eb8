package io.jmcp.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A server process that listens on a port: started, awaited until it prints the line saying it
 * listens, and killed with its children on {@link #close()}. Its output is kept so that a failing
 * test can show it.
 */
final class ListeningProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private volatile @Nullable Matcher ready;

  private ListeningProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts {@code command} in {@code directory} with {@code environment} added, and waits until a
   * line of its stdout or stderr matches {@code readyLine}.
   */
  static ListeningProcess start(List<String> command, Path directory, Map<String, String> environment,
      Pattern readyLine) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().putAll(environment);
    builder.environment().putIfAbsent("NO_COLOR", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    CompletableFuture<Matcher> match = new CompletableFuture<>();
    ListeningProcess started = new ListeningProcess(process);
    started.drain(process.getInputStream(), readyLine, match);
    started.drain(process.getErrorStream(), readyLine, match);
    try {
      process.getOutputStream().close();
      started.ready = match.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
      return started;
    } catch (IOException e) {
      started.close();
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started.close();
      throw new IllegalStateException("interrupted while starting " + command, e);
    } catch (ExecutionException | TimeoutException e) {
      started.close();
      throw new IllegalStateException(command + " did not print a line matching " + readyLine
          + " within " + STARTUP + " (alive: " + process.isAlive() + "); output:\n" + started.output,
          e);
    }
  }

  /** A TCP port on loopback that nothing listened on a moment ago. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A group of the ready line, e.g. the URL a server printed. */
  String readyGroup(int group) {
    return Objects.requireNonNull(ready, "not started").group(group);
  }

  /** Everything the process printed so far. */
  String output() {
    return output.toString();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain(InputStream stream, Pattern readyLine, CompletableFuture<Matcher> match) {
    Thread.ofVirtual().name("listening-process-output").start(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          output.append(line).append('\n');
          Matcher matcher = readyLine.matcher(line);
          if (matcher.find()) {
            match.complete(matcher);
          }
        }
      } catch (IOException e) {
        // The process ended; whatever it printed is in the output.
      }
      match.completeExceptionally(new IOException("the process closed its output"));
    });
  }
}
