package io.jmcp.servers.filesystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@code edit_file}'s edits, in order, as the official server does: an edit's old text
 * replaces its first exact occurrence; failing that, the first run of lines equal to the old
 * text's lines once leading and trailing white space are ignored, with the new text re-indented
 * to where it lands. Line endings are {@code \n} throughout (the caller turns {@code \r\n} into
 * {@code \n} first).
 */
final class TextEdits {

  /** One replacement. */
  record Edit(String oldText, String newText) {
  }

  private TextEdits() {
  }

  /** {@code content} with every edit applied; fails naming the first edit that matches nowhere. */
  static String apply(String content, List<Edit> edits) {
    String modified = content;
    for (Edit edit : edits) {
      String oldText = normalizeLineEndings(edit.oldText());
      String newText = normalizeLineEndings(edit.newText());
      int exact = modified.indexOf(oldText);
      if (exact >= 0) {
        modified = modified.substring(0, exact) + newText
            + modified.substring(exact + oldText.length());
        continue;
      }
      String flexible = replaceIgnoringIndentation(modified, oldText, newText);
      if (flexible == null) {
        throw new ToolFailure("Could not find exact match for edit:\n" + edit.oldText());
      }
      modified = flexible;
    }
    return modified;
  }

  static String normalizeLineEndings(String text) {
    return text.replace("\r\n", "\n");
  }

  private static @Nullable String replaceIgnoringIndentation(String content, String oldText,
      String newText) {
    String[] oldLines = oldText.split("\n", -1);
    List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
    for (int start = 0; start + oldLines.length <= lines.size(); start++) {
      if (!sameIgnoringSpace(lines, start, oldLines)) {
        continue;
      }
      String indent = leadingSpace(lines.get(start));
      List<String> replacement = new ArrayList<>();
      String[] newLines = newText.split("\n", -1);
      for (int j = 0; j < newLines.length; j++) {
        replacement.add(reindent(newLines[j], j, indent, oldLines));
      }
      List<String> tail = new ArrayList<>(lines.subList(start + oldLines.length, lines.size()));
      lines.subList(start, lines.size()).clear();
      lines.addAll(replacement);
      lines.addAll(tail);
      return String.join("\n", lines);
    }
    return null;
  }

  private static boolean sameIgnoringSpace(List<String> lines, int start, String[] oldLines) {
    for (int j = 0; j < oldLines.length; j++) {
      if (!trim(oldLines[j]).equals(trim(lines.get(start + j)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first new line takes the matched line's indentation; a later one keeps its indentation
   * relative to the old line at the same position, when both are indented.
   */
  private static String reindent(String line, int index, String indent, String[] oldLines) {
    if (index == 0) {
      return indent + trimStart(line);
    }
    String oldIndent = index < oldLines.length ? leadingSpace(oldLines[index]) : "";
    String newIndent = leadingSpace(line);
    if (!oldIndent.isEmpty() && !newIndent.isEmpty()) {
      int relative = Math.max(0, newIndent.length() - oldIndent.length());
      return indent + " ".repeat(relative) + trimStart(line);
    }
    return line;
  }

  private static String leadingSpace(String line) {
    int end = 0;
    while (end < line.length() && isSpace(line.charAt(end))) {
      end++;
    }
    return line.substring(0, end);
  }

  private static String trimStart(String line) {
    return line.substring(leadingSpace(line).length());
  }

  private static String trim(String line) {
    int end = line.length();
    while (end > 0 && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return trimStart(line.substring(0, end));
  }

  /** White space as JavaScript's {@code \s} and {@code trim()} know it. */
  static boolean isSpace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029',
          '\u202F', '\u205F', '\u3000', '\uFEFF' -> true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }
}
