package io.jmcp.servers.fetch.internal;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Links and images as Markdown, with URLs made absolute against the page's own URL. */
final class Links {

  private Links() {
  }

  /** {@code [text](url "title")}; just the text when the link leads nowhere useful. */
  static String link(Element anchor, MarkdownConverter converter) {
    String label = InlineText.oneLine(converter.inlineContent(anchor));
    String href = url(anchor, "href");
    if (label.isEmpty()) {
      return "";
    }
    if (href.isEmpty() || anchor.attr("href").strip().startsWith("#")) {
      return label;
    }
    String title = anchor.attr("title").strip();
    if (title.isEmpty() && label.equals(href)) {
      return "<" + href + ">";
    }
    return "[" + label + "](" + destination(href) + title(title) + ")";
  }

  /** {@code ![alt](src "title")}; an image without a usable URL (data:...) keeps its alt text. */
  static String image(Element image) {
    String alt = escapeLabel(InlineText.oneLine(image.attr("alt")));
    String attribute = image.attr("src").isBlank() ? "data-src" : "src";
    String src = url(image, attribute);
    if (src.isEmpty()) {
      return alt;
    }
    return "![" + alt + "](" + destination(src) + title(image.attr("title").strip()) + ")";
  }

  /** The attribute as an absolute http(s), mailto or ftp URL, or empty (javascript:, data:...). */
  private static String url(Element element, String attribute) {
    String raw = element.attr(attribute).strip();
    if (raw.isEmpty()) {
      return "";
    }
    String absolute = element.absUrl(attribute);
    String value = absolute.isEmpty() ? raw : absolute;
    String scheme = value.contains(":")
        ? value.substring(0, value.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    return switch (scheme) {
      case "", "http", "https", "mailto", "ftp" -> value;
      default -> "";
    };
  }

  /** A link destination that Markdown reads in one piece: spaces and parentheses escaped. */
  private static String destination(String url) {
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        .replace("<", "%3C").replace(">", "%3E");
  }

  private static String title(String title) {
    return title.isEmpty() ? "" : " \"" + InlineText.oneLine(title).replace("\"", "\\\"") + "\"";
  }

  private static String escapeLabel(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
        .replace("*", "\\*").replace("_", "\\_");
  }
}
