package io.jmcp.servers.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects a tool's text up to a size a model can still use; past it the text is cut and says so,
 * instead of a result so large it fills the client's memory or the model's context.
 */
final class OutputLimit {

  /** The most bytes of diff or log text one tool call returns. */
  static final int DEFAULT_BYTES = 4 * 1024 * 1024;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final int maxBytes;
  private boolean truncated;

  OutputLimit(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  static OutputLimit standard() {
    return new OutputLimit(DEFAULT_BYTES);
  }

  /** Appends, or cuts at the limit; false once the limit is reached. */
  boolean append(byte[] bytes) {
    if (truncated) {
      return false;
    }
    int room = maxBytes - out.size();
    if (bytes.length <= room) {
      out.writeBytes(bytes);
      return true;
    }
    out.write(bytes, 0, Math.max(0, room));
    truncated = true;
    return false;
  }

  boolean append(String text) {
    return append(text.getBytes(StandardCharsets.UTF_8));
  }

  boolean truncated() {
    return truncated;
  }

  /** The text so far (invalid UTF-8 shown as U+FFFD), with a note if it was cut. */
  String text() {
    String text = out.toString(StandardCharsets.UTF_8);
    return truncated ? text + "\n[output truncated at " + maxBytes + " bytes]\n" : text;
  }
}
