package io.jmcp.transport.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events to a stream, one event per call, flushed at once (an SSE stream is
 * read as it arrives). Data with line breaks becomes several {@code data:} lines.
 */
public final class SseWriter {

  private final OutputStream out;

  public SseWriter(OutputStream out) {
    this.out = out;
  }

  public synchronized void write(SseEvent event) throws IOException {
    StringBuilder text = new StringBuilder(event.data().length() + 64);
    if (event.id() != null) {
      text.append("id: ").append(clean(event.id())).append('\n');
    }
    if (event.event() != null) {
      text.append("event: ").append(clean(event.event())).append('\n');
    }
    if (event.retry() != null) {
      text.append("retry: ").append(event.retry()).append('\n');
    }
    for (String line : event.data().split("\r\n|\r|\n", -1)) {
      text.append("data: ").append(line).append('\n');
    }
    text.append('\n');
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** A comment line: ignored by readers, keeps idle connections (and proxies) from timing out. */
  public synchronized void comment(String text) throws IOException {
    out.write((": " + clean(text) + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Field values cannot hold line breaks; ids and types never should. */
  private static String clean(String value) {
    return value.replace('\n', ' ').replace('\r', ' ');
  }
}
