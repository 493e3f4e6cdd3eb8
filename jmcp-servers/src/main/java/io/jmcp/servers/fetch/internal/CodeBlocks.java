package io.jmcp.servers.fetch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Code as Markdown: fenced blocks for {@code <pre>}, backtick spans for inline code. */
final class CodeBlocks {

  private static final Pattern LANGUAGE =
      Pattern.compile("(?:^|\\s)(?:language|lang|highlight-source)-([A-Za-z0-9_+#.-]+)");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private CodeBlocks() {
  }

  /** A fenced code block; the fence is longer than any run of backticks in the code. */
  static String fenced(Element pre) {
    StringBuilder code = new StringBuilder();
    collect(pre, code);
    String text = code.toString().replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\n")) {
      text = text.substring(1);
    }
    text = text.stripTrailing();
    if (text.isBlank()) {
      return "";
    }
    String fence = "```";
    int longest = longestRun(text);
    if (longest >= 3) {
      fence = "`".repeat(longest + 1);
    }
    return fence + language(pre) + "\n" + text + "\n" + fence;
  }

  /** The text of pre-formatted content as shown: {@code <br>} and block ends are newlines. */
  private static void collect(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (child instanceof Element element) {
        if (element.normalName().equals("br")) {
          out.append('\n');
        } else if (!MarkdownConverter.SKIPPED.contains(element.normalName())) {
          collect(element, out);
          if (MarkdownConverter.CONTAINERS.contains(element.normalName())
              && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
          }
        }
      }
    }
  }

  private static String language(Element pre) {
    List<Element> candidates = new ArrayList<>(List.of(pre));
    candidates.addAll(pre.children().stream().filter(c -> c.normalName().equals("code")).toList());
    for (Element element : candidates) {
      Matcher matcher = LANGUAGE.matcher(element.className());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return "";
  }

  /** Inline code: {@code `x`}, with longer delimiters when the code holds backticks. */
  static String span(String code) {
    if (code.isBlank()) {
      return "";
    }
    String delimiter = "`".repeat(longestRun(code) + 1);
    boolean pad = code.startsWith("`") || code.endsWith("`");
    return delimiter + (pad ? " " : "") + code + (pad ? " " : "") + delimiter;
  }

  private static int longestRun(String text) {
    int longest = 0;
    Matcher matcher = BACKTICKS.matcher(text);
    while (matcher.find()) {
      longest = Math.max(longest, matcher.group().length());
    }
    return longest;
  }
}
