package io.jmcp.servers.fetch;

/**
 * The part of a page one tool call returns, exactly as the official server cuts it: at most
 * {@code max_length} characters from {@code start_index}, with a hint naming the next
 * {@code start_index} when a full window still leaves content behind. Characters are Unicode code
 * points (as Python counts them), so a window never splits a surrogate pair.
 */
final class ContentWindow {

  static final String NO_MORE = "<error>No more content available.</error>";

  private ContentWindow() {
  }

  static String cut(String content, long startIndex, int maxLength) {
    int total = content.codePointCount(0, content.length());
    if (startIndex >= total) {
      return NO_MORE;
    }
    int start = (int) startIndex;
    int length = Math.min(maxLength, total - start);
    int from = content.offsetByCodePoints(0, start);
    int to = content.offsetByCodePoints(from, length);
    String window = content.substring(from, to);
    if (window.isEmpty()) {
      return NO_MORE;
    }
    long remaining = total - ((long) start + length);
    if (length == maxLength && remaining > 0) {
      return window + "\n\n<error>Content truncated. Call the fetch tool with a start_index of "
          + (start + length) + " to get more content.</error>";
    }
    return window;
  }
}
