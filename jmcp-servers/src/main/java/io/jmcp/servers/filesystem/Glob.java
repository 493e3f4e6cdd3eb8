package io.jmcp.servers.filesystem;

import io.jmcp.core.ReadBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A glob pattern matched against a relative path ({@code a/b/c.txt}) the way the official server
 * matches them (minimatch with {@code dot: true}): {@code *} and {@code ?} within one name,
 * {@code **} as a whole name for any number of names (at least one when it ends the pattern),
 * {@code [a-z]}, {@code [!x]} and POSIX classes, braces, the extended groups {@code @(a|b)},
 * {@code ?(..)}, {@code +(..)}, {@code *(..)} and {@code !(..)}, a leading {@code !} to negate and
 * a leading {@code #} for a comment that matches nothing. Names starting with a dot match like any
 * other.
 *
 * <p>The pattern becomes a regular expression, and every match may read only a bounded number of
 * characters, so a pattern built to backtrack forever fails with an error instead of hanging.
 */
final class Glob {

  static final int MAX_PATTERN_LENGTH = 4096;
  private static final long BASE_READS = 200_000;
  private static final long READS_PER_CHARACTER = 200;

  private final String source;
  private final List<Pattern> alternatives;
  private final boolean negated;

  private Glob(String source, List<Pattern> alternatives, boolean negated) {
    this.source = source;
    this.alternatives = alternatives;
    this.negated = negated;
  }

  static Glob of(String pattern) {
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      throw new ToolFailure("Pattern too long: " + pattern.length() + " characters (at most "
          + MAX_PATTERN_LENGTH + ")");
    }
    if (pattern.startsWith("#")) {
      return new Glob(pattern, List.of(), false);
    }
    int bangs = 0;
    while (bangs < pattern.length() && pattern.charAt(bangs) == '!') {
      bangs++;
    }
    List<Pattern> alternatives = new ArrayList<>();
    for (String expanded : BraceExpansion.expand(pattern.substring(bangs))) {
      try {
        alternatives.add(Pattern.compile(translate(expanded), Pattern.DOTALL));
      } catch (PatternSyntaxException e) {
        // An impossible class such as [z-a] matches nothing, as in minimatch.
      }
    }
    return new Glob(pattern, List.copyOf(alternatives), bangs % 2 == 1);
  }

  boolean matches(String path) {
    ReadBudget budget = ReadBudget.forText(path, BASE_READS, READS_PER_CHARACTER);
    boolean matched = false;
    try {
      for (Pattern alternative : alternatives) {
        if (alternative.matcher(budget.charge(path)).matches()) {
          matched = true;
          break;
        }
      }
    } catch (ReadBudget.Exhausted e) {
      throw new ToolFailure("Pattern too complex to match: " + source);
    }
    return matched != negated;
  }

  @Override
  public String toString() {
    return source;
  }

  // ------------------------------------------------------------ translation

  static String translate(String pattern) {
    List<String> segments = new ArrayList<>(List.of(pattern.split("/", -1)));
    // Empty names inside the pattern ("a//b") are dropped; repeated "**" names are one.
    for (int i = segments.size() - 2; i >= 1; i--) {
      if (segments.get(i).isEmpty()) {
        segments.remove(i);
      }
    }
    for (int i = segments.size() - 1; i >= 1; i--) {
      if (segments.get(i).equals("**") && segments.get(i - 1).equals("**")) {
        segments.remove(i);
      }
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean last = i == segments.size() - 1;
      if (segment.equals("**")) {
        regex.append(last ? "[^/]+(?:/[^/]+)*" : "(?:[^/]+/)*");
        continue;
      }
      regex.append(segment.chars().allMatch(c -> c == '*') && !segment.isEmpty()
          ? "[^/]+" : fragment(segment, 0));
      if (!last) {
        regex.append('/');
      }
    }
    return regex.toString();
  }

  /** The regular expression for {@code segment} from {@code from} to its end. */
  private static String fragment(String segment, int from) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      boolean group = i + 1 < segment.length() && segment.charAt(i + 1) == '('
          && "@?+*!".indexOf(c) >= 0;
      if (group) {
        int close = closingParenthesis(segment, i + 1);
        if (close > 0) {
          List<String> options = new ArrayList<>();
          for (String option : splitOptions(segment.substring(i + 2, close))) {
            options.add(fragment(option, 0));
          }
          String either = "(?:" + String.join("|", options) + ")";
          if (c == '!') {
            String rest = fragment(segment, close + 1);
            return out + "(?:(?!" + either + rest + "(?:/|$))[^/]*?)" + rest;
          }
          out.append(either).append(switch (c) {
            case '?' -> "?";
            case '+' -> "+";
            case '*' -> "*";
            default -> "";
          });
          i = close + 1;
          continue;
        }
      }
      switch (c) {
        case '\\' -> {
          if (i + 1 < segment.length()) {
            i++;
          }
          out.append(literal(segment.codePointAt(i)));
          i += Character.charCount(segment.codePointAt(i));
        }
        case '*' -> {
          out.append("[^/]*");
          i++;
        }
        case '?' -> {
          out.append("[^/]");
          i++;
        }
        case '[' -> {
          int[] end = {0};
          String characterClass = characterClass(segment, i, end);
          if (characterClass == null) {
            out.append(literal('['));
            i++;
          } else {
            out.append(characterClass);
            i = end[0];
          }
        }
        default -> {
          int codePoint = segment.codePointAt(i);
          out.append(literal(codePoint));
          i += Character.charCount(codePoint);
        }
      }
    }
    return out.toString();
  }

  private static String literal(int codePoint) {
    return "\\x{" + Integer.toHexString(codePoint) + "}";
  }

  private static int closingParenthesis(String segment, int open) {
    int depth = 0;
    for (int i = open; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitOptions(String body) {
    List<String> options = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        options.add(body.substring(from, i));
        from = i + 1;
      }
    }
    options.add(body.substring(from));
    return options;
  }

  /**
   * The class starting at {@code open} as a regular expression that never matches {@code /},
   * with the index after it in {@code end[0]}; null if the class is not closed.
   */
  private static @Nullable String characterClass(String segment, int open, int[] end) {
    int i = open + 1;
    boolean negate = i < segment.length()
        && (segment.charAt(i) == '!' || segment.charAt(i) == '^');
    if (negate) {
      i++;
    }
    StringBuilder items = new StringBuilder();
    boolean first = true;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      if (c == ']' && !first) {
        end[0] = i + 1;
        return negate ? "[^/" + items + "]" : "[" + items + "&&[^/]]";
      }
      first = false;
      if (c == '[' && segment.startsWith("[:", i)) {
        int close = segment.indexOf(":]", i + 2);
        String posix = close < 0 ? null : posixClass(segment.substring(i + 2, close));
        if (posix != null) {
          items.append(posix);
          i = close + 2;
          continue;
        }
      }
      if (c == '\\' && i + 1 < segment.length()) {
        i++;
      }
      int low = segment.codePointAt(i);
      i += Character.charCount(low);
      if (i + 1 < segment.length() && segment.charAt(i) == '-' && segment.charAt(i + 1) != ']') {
        int highAt = i + 1;
        if (segment.charAt(highAt) == '\\' && highAt + 1 < segment.length()) {
          highAt++;
        }
        int high = segment.codePointAt(highAt);
        items.append(literal(low)).append('-').append(literal(high));
        i = highAt + Character.charCount(high);
      } else {
        items.append(literal(low));
      }
    }
    return null;
  }

  private static @Nullable String posixClass(String name) {
    return switch (name) {
      case "alnum" -> "\\p{L}\\p{Nl}\\p{M}\\p{Nd}";
      case "alpha" -> "\\p{L}\\p{Nl}\\p{M}";
      case "ascii" -> "\\x{0}-\\x{7f}";
      case "blank" -> "\\p{Zs}\\t";
      case "cntrl" -> "\\p{Cc}";
      case "digit" -> "\\p{Nd}";
      case "lower" -> "\\p{Ll}";
      case "punct" -> "\\p{P}";
      case "space" -> "\\p{Z}\\t\\r\\n\\x{b}\\f";
      case "upper" -> "\\p{Lu}";
      case "word" -> "\\p{L}\\p{Nl}\\p{M}\\p{Nd}\\p{Pc}";
      case "xdigit" -> "A-Fa-f0-9";
      default -> null;
    };
  }
}
