package io.jmcp.servers.fetch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes HTML as Markdown (CommonMark, with GitHub tables and strikethrough): ATX headings,
 * paragraphs, links and images with absolute URLs, nested lists, fenced code blocks with the
 * language of a {@code language-*} class, block quotes, simple tables and definition lists.
 * Elements that show nothing (scripts, styles, form controls) are left out.
 */
public final class MarkdownConverter {

  static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head",
      "title", "meta", "link", "base", "svg", "math", "canvas", "iframe", "frame", "frameset",
      "object", "embed", "applet", "button", "input", "select", "option", "optgroup", "textarea",
      "datalist", "audio", "video", "source", "track", "map", "area", "dialog", "param",
      "progress", "meter");

  static final Set<String> CONTAINERS = Set.of("address", "article", "aside", "body", "center",
      "details", "div", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
      "html", "li", "main", "nav", "p", "section", "summary", "tbody", "thead", "tfoot", "tr",
      "td", "th", "caption", "legend", "menu", "search", "noframes", "dd", "dt", "listing",
      "plaintext", "xmp");

  static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big",
      "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark",
      "nobr", "output", "q", "rb", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
      "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br");

  private MarkdownConverter() {
  }

  /** The Markdown for {@code root} and everything in it. */
  public static String convert(Element root) {
    return tidy(new MarkdownConverter().blocks(root, "\n\n"));
  }

  /** The children of {@code container} as Markdown blocks joined by {@code separator}. */
  String blocks(Element container, String separator) {
    Blocks out = new Blocks(separator);
    for (Node child : container.childNodes()) {
      block(child, out);
    }
    return out.finish();
  }

  /** A run of blocks being built, with the inline text of the current one. */
  private static final class Blocks {

    private final List<String> done = new ArrayList<>();
    private final InlineText inline = new InlineText();
    private final String separator;

    Blocks(String separator) {
      this.separator = separator;
    }

    InlineText inline() {
      return inline;
    }

    void flush() {
      if (!inline.isBlank()) {
        done.add(inline.finish());
      }
      inline.clear();
    }

    void add(String block) {
      flush();
      if (!block.isBlank()) {
        done.add(block);
      }
    }

    String finish() {
      flush();
      return String.join(separator, done);
    }
  }

  private void block(Node node, Blocks out) {
    if (!(node instanceof Element element)) {
      inline(node, out.inline());
      return;
    }
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        String text = InlineText.oneLine(inlineContent(element));
        if (!text.isEmpty()) {
          out.add("#".repeat(tag.charAt(1) - '0') + " " + text);
        }
      }
      case "ul", "ol" -> out.add(list(element));
      case "pre" -> out.add(CodeBlocks.fenced(element));
      case "blockquote" -> out.add(prefixLines(blocks(element, "\n\n"), "> ", ">"));
      case "hr" -> out.add("---");
      case "table" -> out.add(MarkdownTable.render(element, this));
      case "dl" -> out.add(definitions(element));
      default -> {
        if (isBlock(element)) {
          out.flush();
          for (Node child : element.childNodes()) {
            block(child, out);
          }
          out.flush();
        } else {
          inline(element, out.inline());
        }
      }
    }
  }

  /** Whether an element starts its own block: a known block, or an unknown one holding blocks. */
  static boolean isBlock(Element element) {
    String tag = element.normalName();
    if (CONTAINERS.contains(tag) || Set.of("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre",
        "blockquote", "hr", "table", "dl").contains(tag)) {
      return true;
    }
    if (INLINE.contains(tag) || SKIPPED.contains(tag)) {
      return false;
    }
    return element.children().stream().anyMatch(MarkdownConverter::isBlock);
  }

  /** The inline Markdown of an element's children, with at most one space at either end. */
  String inlineContent(Element element) {
    InlineText text = new InlineText();
    for (Node child : element.childNodes()) {
      inline(child, text);
    }
    return text.content();
  }

  private void inline(Node node, InlineText out) {
    if (node instanceof TextNode text) {
      out.appendText(text.getWholeText());
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    switch (tag) {
      case "br" -> out.hardBreak();
      case "img" -> append(out, Links.image(element));
      case "a" -> append(out, Links.link(element, this));
      case "strong", "b" -> wrap(out, element, "**");
      case "em", "i", "cite", "dfn", "var" -> wrap(out, element, "*");
      case "del", "s", "strike" -> wrap(out, element, "~~");
      case "code", "kbd", "samp", "tt" -> append(out, CodeBlocks.span(element.text()));
      case "q" -> wrap(out, element, "\"");
      case "wbr" -> {
        // an optional line break: nothing to write
      }
      default -> {
        boolean block = isBlock(element);
        if (block) {
          out.space();
        }
        for (Node child : element.childNodes()) {
          inline(child, out);
        }
        if (block) {
          out.space();
        }
      }
    }
  }

  private static void append(InlineText out, String markdown) {
    if (!markdown.isEmpty()) {
      out.appendMarkup(markdown);
    }
  }

  /** Emphasis and the like: the markers go around the text, spaces at its ends go outside. */
  private void wrap(InlineText out, Element element, String marker) {
    String content = inlineContent(element);
    String core = content.strip();
    if (content.startsWith(" ")) {
      out.space();
    }
    if (!core.isEmpty()) {
      out.appendMarkup(marker + core + marker);
    }
    if (content.endsWith(" ") && !core.isEmpty()) {
      out.space();
    }
  }

  private String list(Element list) {
    boolean ordered = list.normalName().equals("ol");
    int number = ordered ? start(list) : 0;
    List<String> items = new ArrayList<>();
    for (Element child : list.children()) {
      if (child.normalName().equals("li")) {
        boolean loose = child.children().stream().anyMatch(
            c -> Set.of("p", "pre", "blockquote").contains(c.normalName()));
        String content = blocks(child, loose ? "\n\n" : "\n");
        String marker = ordered ? (number++) + ". " : "- ";
        items.add(content.isBlank() ? marker.strip()
            : marker + indentFollowing(content, " ".repeat(marker.length())));
      } else if (!SKIPPED.contains(child.normalName())) {
        // Not an item (a list nested straight in a list, say): it belongs to the item before.
        String content = blocks(wrapper(child), "\n");
        if (!content.isBlank()) {
          items.add(prefixLines(content, "  ", ""));
        }
      }
    }
    return String.join("\n", items);
  }

  private static Element wrapper(Element child) {
    Element holder = new Element("div");
    holder.appendChild(child.clone());
    return holder;
  }

  private static int start(Element list) {
    try {
      return Integer.parseInt(list.attr("start").strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private String definitions(Element list) {
    List<String> lines = new ArrayList<>();
    for (Element child : list.children()) {
      String content = blocks(child, "\n");
      if (content.isBlank()) {
        continue;
      }
      switch (child.normalName()) {
        case "dt" -> lines.add(InlineText.oneLine(content));
        case "dd" -> lines.add(":   " + indentFollowing(content, "    "));
        default -> lines.add(content);
      }
    }
    return String.join("\n", lines);
  }

  /** Indents every line but the first (which follows a list marker). */
  static String indentFollowing(String text, String indent) {
    return text.replace("\n", "\n" + indent).replaceAll("\n" + indent + "(?=\n|$)", "\n");
  }

  /** Prefixes every line; empty lines get {@code emptyPrefix}. */
  static String prefixLines(String text, String prefix, String emptyPrefix) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.isEmpty() ? emptyPrefix : prefix + line);
    }
    return String.join("\n", lines);
  }

  /** Final clean-up: line ends normalised, no blank lines at either end. */
  static String tidy(String markdown) {
    return markdown.replace("\r\n", "\n").strip();
  }
}
