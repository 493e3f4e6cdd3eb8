package io.jmcp.transport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads Server-Sent Events from a stream as the HTML standard describes (LF, CRLF or CR line
 * ends; comments; multi-line data; {@code id}, {@code event}, {@code retry}), refusing events
 * larger than a limit instead of buffering without bound. Blocks until an event is complete.
 */
public final class SseReader {

  private final InputStream in;
  private final int maxEventBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private boolean skipLineFeed;

  public SseReader(InputStream in, int maxEventBytes) {
    this.in = in instanceof java.io.BufferedInputStream ? in
        : new java.io.BufferedInputStream(in, 16 * 1024);
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * The next event, or null at the end of the stream. Blocks holding only comments or no fields at
   * all are skipped.
   *
   * @throws IOException on read errors, or if an event exceeds the limit
   */
  public @Nullable SseEvent next() throws IOException {
    String id = null;
    String event = null;
    Long retry = null;
    StringBuilder data = null;
    boolean any = false;
    int size = 0;
    while (true) {
      String text = readLine();
      if (text == null) {
        return null;
      }
      if (text.isEmpty()) {
        if (any) {
          String body = data == null ? "" : data.toString();
          return new SseEvent(id, event, body, retry);
        }
        continue;
      }
      size += text.length();
      if (size > maxEventBytes) {
        throw new IOException("SSE event exceeds " + maxEventBytes + " bytes");
      }
      if (text.charAt(0) == ':') {
        continue;
      }
      int colon = text.indexOf(':');
      String field = colon < 0 ? text : text.substring(0, colon);
      String value = colon < 0 ? "" : text.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "data" -> {
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
          any = true;
        }
        case "id" -> {
          if (value.indexOf('\0') < 0) {
            id = value;
            any = true;
          }
        }
        case "event" -> {
          event = value;
          any = true;
        }
        case "retry" -> {
          if (!value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 12) {
            retry = Long.parseLong(value);
            any = true;
          }
        }
        default -> {
          // unknown fields are ignored, as the standard says
        }
      }
    }
  }

  private @Nullable String readLine() throws IOException {
    line.reset();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      if (b == '\r') {
        skipLineFeed = true;
        return line.toString(StandardCharsets.UTF_8);
      }
      if (line.size() >= maxEventBytes) {
        throw new IOException("SSE line exceeds " + maxEventBytes + " bytes");
      }
      line.write(b);
    }
  }
}
