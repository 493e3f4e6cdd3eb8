package io.jmcp.transport.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a child server's stderr line by line (UTF-8, which the spec requires there), hands each
 * line to the configured consumer and keeps the last few, so that when the server dies the client
 * can say why in its own words. The spec makes stderr a log for any level, so nothing read here
 * is treated as an error by itself.
 */
final class ServerStderr {

  private static final Logger LOG = LoggerFactory.getLogger(ServerStderr.class);

  static final int TAIL_LINES = 50;
  private static final int MAX_LINE_BYTES = 16 * 1024;
  private static final int MAX_TAIL_LINE_CHARS = 1000;

  private final String name;
  private final Consumer<String> consumer;
  private final ArrayDeque<String> tail = new ArrayDeque<>(TAIL_LINES);
  private final InputStream stream;
  private final Thread thread;

  private ServerStderr(String name, InputStream stderr, Consumer<String> consumer) {
    this.name = name;
    this.consumer = consumer;
    this.stream = stderr;
    this.thread = Thread.ofPlatform().daemon().name("jmcp-" + name + "-stderr")
        .unstarted(() -> read(stderr));
  }

  /** Starts reading {@code stderr} on its own daemon thread. */
  static ServerStderr start(String name, InputStream stderr, Consumer<String> consumer) {
    ServerStderr reader = new ServerStderr(name, stderr, consumer);
    reader.thread.start();
    return reader;
  }

  private void read(InputStream stderr) {
    try (stderr) {
      new FrameReader(stderr, MAX_LINE_BYTES).readAll(new FrameReader.Frames() {
        @Override
        public void frame(byte[] buffer, int offset, int length) {
          line(new String(buffer, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void overlong(long length) {
          line("[" + length + " bytes of stderr without a line break left out]");
        }
      });
    } catch (IOException e) {
      LOG.debug("[{}] Reading stderr ended: {}", name, e.toString());
    }
  }

  private void line(String line) {
    synchronized (tail) {
      if (tail.size() == TAIL_LINES) {
        tail.removeFirst();
      }
      tail.addLast(line.length() <= MAX_TAIL_LINE_CHARS ? line
          : line.substring(0, MAX_TAIL_LINE_CHARS) + "...");
    }
    try {
      consumer.accept(line);
    } catch (RuntimeException e) {
      LOG.warn("[{}] The stderr consumer failed", name, e);
    }
  }

  /** Waits up to {@code millis} for the stream to end, so the tail holds the last words. */
  void awaitEnd(long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops reading (a grandchild may hold the pipe open after the server is gone). */
  void close() {
    try {
      stream.close();
    } catch (IOException e) {
      LOG.debug("[{}] Closing stderr failed: {}", name, e.toString());
    }
  }

  /** The last lines read, oldest first. */
  List<String> tail() {
    synchronized (tail) {
      return List.copyOf(tail);
    }
  }
}
