package io.jmcp.client.skills;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML frontmatter of a {@code SKILL.md}: the block between a first line {@code ---} and the
 * next {@code ---}. Top-level {@code key: value} pairs are read as text (quotes removed); nested
 * blocks are kept as their raw text, which is all a comparison with the listing needs.
 */
final class Frontmatter {

  private Frontmatter() {
  }

  /** The fields of {@code markdown}'s frontmatter; empty when it has none. */
  static Map<String, String> parse(String markdown) {
    Map<String, String> fields = new LinkedHashMap<>();
    String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return fields;
    }
    String nested = null;
    StringBuilder nestedText = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("---")) {
        break;
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0)) || line.startsWith("-");
      if (indented && nested != null) {
        nestedText.append(line.strip()).append('\n');
        fields.put(nested, nestedText.toString().strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        nested = key;
        nestedText.setLength(0);
        fields.put(key, "");
      } else {
        nested = null;
        fields.put(key, unquote(value));
      }
    }
    return fields;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
