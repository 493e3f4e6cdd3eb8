package io.jmcp.servers.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed robots.txt (RFC 9309, the Robots Exclusion Protocol): groups of rules by user agent,
 * matched by the agent's product token, with {@code *} and {@code $} patterns; the longest
 * matching rule decides, and on a tie the allowing rule wins.
 */
final class RobotsTxt {

  private record Rule(String pattern, boolean allow) {
  }

  /** Rules per lower-case product token ({@code *} for everyone else). */
  private final Map<String, List<Rule>> groups;

  private RobotsTxt(Map<String, List<Rule>> groups) {
    this.groups = groups;
  }

  static RobotsTxt parse(String text) {
    Map<String, List<Rule>> groups = new LinkedHashMap<>();
    List<List<Rule>> current = new ArrayList<>();
    boolean inAgents = false;
    for (String line : text.split("\\r\\n|\\r|\\n")) {
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      int colon = content.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = content.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = content.substring(colon + 1).strip();
      switch (field) {
        case "user-agent" -> {
          if (!inAgents) {
            current = new ArrayList<>();
            inAgents = true;
          }
          current.add(groups.computeIfAbsent(token(value), key -> new ArrayList<>()));
        }
        case "allow", "disallow" -> {
          inAgents = false;
          if (!value.isEmpty()) {
            Rule rule = new Rule(normalize(value.startsWith("/") || value.startsWith("*") ? value
                : "/" + value), field.equals("allow"));
            current.forEach(rules -> rules.add(rule));
          }
        }
        default -> {
          // Sitemap, Crawl-delay and others do not bear on what may be fetched.
        }
      }
    }
    return new RobotsTxt(groups);
  }

  /** The product token of a user agent: {@code MyBot/1.0 (+url)} is {@code mybot}. */
  static String token(String userAgent) {
    String value = userAgent.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < value.length() && "/ \t(;".indexOf(value.charAt(end)) < 0) {
      end++;
    }
    return end == 0 ? value : value.substring(0, end);
  }

  /** Whether {@code userAgent} may fetch {@code target} (a path with its query). */
  boolean allows(String target, String userAgent) {
    if (target.equals("/robots.txt")) {
      return true;
    }
    List<Rule> rules = groups.get(token(userAgent));
    if (rules == null) {
      rules = groups.get("*");
    }
    if (rules == null) {
      return true;
    }
    String path = normalize(target);
    Rule decisive = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path) && (decisive == null
          || rule.pattern().length() > decisive.pattern().length()
          || (rule.pattern().length() == decisive.pattern().length() && rule.allow()))) {
        decisive = rule;
      }
    }
    return decisive == null || decisive.allow();
  }

  /**
   * Percent-encoding made comparable (RFC 9309 section 2.2.2): non-ASCII and unsafe characters
   * escaped, escapes of unreserved characters decoded, hex digits in upper case.
   */
  static String normalize(String text) {
    String encoded = WebUrl.encode(text);
    StringBuilder out = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length()) {
        int value = Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
        if (Character.isLetterOrDigit(value) && value < 0x80 || "-._~".indexOf(value) >= 0) {
          out.append((char) value);
        } else {
          out.append('%').append(encoded.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code pattern} ({@code *} any run, a final {@code $} the end) matches a prefix of
   * {@code path}.
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String glob = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    int p = 0;
    int s = 0;
    int star = -1;
    int resume = 0;
    while (s < path.length()) {
      if (p < glob.length() && glob.charAt(p) == '*') {
        star = p++;
        resume = s;
      } else if (p < glob.length() && glob.charAt(p) == path.charAt(s)) {
        p++;
        s++;
      } else if (p == glob.length() && !anchored) {
        return true;
      } else if (star >= 0) {
        p = star + 1;
        s = ++resume;
      } else {
        return false;
      }
    }
    while (p < glob.length() && glob.charAt(p) == '*') {
      p++;
    }
    return p == glob.length();
  }
}
