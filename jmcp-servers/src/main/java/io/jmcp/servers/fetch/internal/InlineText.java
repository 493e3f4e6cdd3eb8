package io.jmcp.servers.fetch.internal;

/**
 * The inline Markdown of one block as it is built: HTML whitespace collapsing (runs of white space
 * become one space, CSS 2.1 section 16.6.1), hard line breaks, and Markdown escaping of text.
 */
final class InlineText {

  /** Stands for a {@code <br>} until the block is finished. */
  static final char BREAK = '\uE000';

  private final StringBuilder text = new StringBuilder();

  /** Appends text from the page: white space collapsed, Markdown's own characters escaped. */
  void appendText(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        space();
      } else if (c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == BREAK) {
        // zero-width space, soft hyphen, byte order mark: invisible on the page
      } else {
        if (c == '*' || c == '_' || c == '\\' || c == '`') {
          text.append('\\');
        }
        text.append(c);
      }
    }
  }

  /** Appends Markdown as it is (an inline element already rendered, without edge spaces). */
  void appendMarkup(String markdown) {
    text.append(markdown);
  }

  /** One collapsible space. */
  void space() {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != ' '
        && text.charAt(text.length() - 1) != BREAK) {
      text.append(' ');
    } else if (text.isEmpty()) {
      text.append(' ');
    }
  }

  void hardBreak() {
    if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    text.append(BREAK);
  }

  boolean isBlank() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != BREAK) {
        return false;
      }
    }
    return true;
  }

  /** The text so far with at most one space at either end (kept, so callers can move it). */
  String content() {
    return text.toString();
  }

  void clear() {
    text.setLength(0);
  }

  /** The finished block: trimmed, hard breaks written as two spaces and a newline. */
  String finish() {
    String value = text.toString();
    int start = 0;
    int end = value.length();
    while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == BREAK)) {
      start++;
    }
    while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == BREAK)) {
      end--;
    }
    return value.substring(start, end).replace(" " + BREAK, String.valueOf(BREAK))
        .replace(BREAK + " ", String.valueOf(BREAK)).replace(String.valueOf(BREAK), "  \n");
  }

  /** The text on one line: hard breaks become spaces. */
  static String oneLine(String markdown) {
    return markdown.replace(BREAK, ' ').replace("  \n", " ").replace('\n', ' ').strip();
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
  }
}
