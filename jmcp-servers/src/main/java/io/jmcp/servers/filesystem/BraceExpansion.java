package io.jmcp.servers.filesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Shell-style brace expansion, as glob patterns know it: {@code a{b,c}d} is {@code abd} and
 * {@code acd}, {@code {1..3}} is 1, 2 and 3, {@code {a..c}} is a, b and c. A group without a
 * comma or sequence (such as {@code {a}} or {@code {}}) stays as written. The number of results
 * is bounded.
 */
final class BraceExpansion {

  static final int MAX_RESULTS = 256;

  private static final Pattern NUMBERS =
      Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)(?:\\.\\.(-?\\d+))?");
  private static final Pattern LETTERS =
      Pattern.compile("([A-Za-z])\\.\\.([A-Za-z])(?:\\.\\.(-?\\d+))?");

  private BraceExpansion() {
  }

  static List<String> expand(String pattern) {
    List<String> results = new ArrayList<>();
    expandInto(pattern, results);
    return results;
  }

  private static void expandInto(String pattern, List<String> results) {
    int[] group = firstGroup(pattern);
    if (group == null) {
      add(results, pattern);
      return;
    }
    String before = pattern.substring(0, group[0]);
    String after = pattern.substring(group[1] + 1);
    for (String alternative : alternatives(pattern.substring(group[0] + 1, group[1]))) {
      expandInto(before + alternative + after, results);
    }
  }

  private static void add(List<String> results, String value) {
    if (results.size() >= MAX_RESULTS) {
      throw new ToolFailure("Pattern expands to more than " + MAX_RESULTS
          + " alternatives; use fewer braces");
    }
    results.add(value);
  }

  /** The first brace group (start and end index) that expands, or null. */
  private static int @Nullable [] firstGroup(String pattern) {
    for (int start = 0; start < pattern.length(); start++) {
      char c = pattern.charAt(start);
      if (c == '\\') {
        start++;
        continue;
      }
      if (c != '{') {
        continue;
      }
      int end = closing(pattern, start);
      if (end < 0) {
        continue;
      }
      String body = pattern.substring(start + 1, end);
      if (topLevelCommas(body).size() > 0 || NUMBERS.matcher(body).matches()
          || LETTERS.matcher(body).matches()) {
        return new int[] {start, end};
      }
    }
    return null;
  }

  private static int closing(String pattern, int open) {
    int depth = 0;
    for (int i = open; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<Integer> topLevelCommas(String body) {
    List<Integer> commas = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        commas.add(i);
      }
    }
    return commas;
  }

  private static List<String> alternatives(String body) {
    Matcher numbers = NUMBERS.matcher(body);
    if (numbers.matches()) {
      return numberSequence(numbers);
    }
    Matcher letters = LETTERS.matcher(body);
    if (letters.matches()) {
      return letterSequence(letters);
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int comma : topLevelCommas(body)) {
      parts.add(body.substring(from, comma));
      from = comma + 1;
    }
    parts.add(body.substring(from));
    return parts;
  }

  private static List<String> numberSequence(Matcher range) {
    long first = parse(range.group(1));
    long last = parse(range.group(2));
    long step = stepOf(range.group(3));
    boolean padded = zeroPadded(range.group(1)) || zeroPadded(range.group(2));
    int width = Math.max(range.group(1).length(), range.group(2).length());
    List<String> values = new ArrayList<>();
    long direction = first <= last ? 1 : -1;
    for (long value = first; direction > 0 ? value <= last : value >= last;
        value += direction * step) {
      if (values.size() >= MAX_RESULTS) {
        throw new ToolFailure("Pattern expands to more than " + MAX_RESULTS
            + " alternatives; use a shorter range");
      }
      String text = Long.toString(Math.abs(value));
      if (padded) {
        text = "0".repeat(Math.max(0, width - text.length() - (value < 0 ? 1 : 0))) + text;
      }
      values.add(value < 0 ? "-" + text : text);
    }
    return values;
  }

  private static List<String> letterSequence(Matcher range) {
    char first = range.group(1).charAt(0);
    char last = range.group(2).charAt(0);
    long step = stepOf(range.group(3));
    List<String> values = new ArrayList<>();
    int direction = first <= last ? 1 : -1;
    for (long c = first; direction > 0 ? c <= last : c >= last; c += direction * step) {
      values.add(String.valueOf((char) c));
    }
    return values;
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new ToolFailure("Pattern range bound too large: " + number);
    }
  }

  private static long stepOf(@Nullable String step) {
    long value = step == null ? 1 : Math.abs(parse(step));
    return value == 0 ? 1 : value;
  }

  private static boolean zeroPadded(String number) {
    String digits = number.startsWith("-") ? number.substring(1) : number;
    return digits.length() > 1 && digits.startsWith("0");
  }
}
