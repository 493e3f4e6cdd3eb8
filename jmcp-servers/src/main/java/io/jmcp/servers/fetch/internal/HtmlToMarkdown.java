package io.jmcp.servers.fetch.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A page's main content as Markdown: {@link MainContent} picks it, {@link MarkdownConverter}
 * writes it.
 */
public final class HtmlToMarkdown {

  private HtmlToMarkdown() {
  }

  /** The Markdown of the page's main content; empty when the page has no text to show. */
  public static String convert(Document page) {
    return MarkdownConverter.convert(MainContent.extract(page));
  }

  /** {@link #convert(Document)} for HTML text; relative links resolve against {@code baseUri}. */
  public static String convert(String html, String baseUri) {
    return convert(Jsoup.parse(html, baseUri));
  }
}
