package io.jmcp.servers.fetch;

import io.jmcp.servers.fetch.internal.HtmlToMarkdown;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * What a response becomes for the model, by the official server's rule: a page is HTML when
 * {@code <html} is in its first 100 characters, its Content-Type says text/html, or it has no
 * Content-Type; HTML becomes Markdown of its main content unless raw text was asked for; anything
 * else is returned as it is, after a line naming its content type. Binary content is refused.
 *
 * @param text the page's text (Markdown or raw)
 * @param prefix what goes before {@code Contents of <url>:} in the tool result
 */
record PageContent(String text, String prefix) {

  /** The official server's error text for HTML with nothing to show. */
  static final String NOT_SIMPLIFIED = "<error>Page failed to be simplified from HTML</error>";

  private static final Pattern CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:+-]+)");

  static PageContent of(Download download, boolean raw) throws FetchFailure {
    String contentType = download.contentType();
    String lower = contentType.toLowerCase(Locale.ROOT);
    if (isBinary(lower, download.body())) {
      throw new FetchFailure("the response is " + (contentType.isEmpty() ? "binary data"
          : contentType) + " (" + download.body().length + " bytes read), which is not text; "
          + "the fetch tool returns text only");
    }
    Charset declared = charset(contentType);
    String text = decode(download.body(), declared);
    String notice = download.truncated() ? "<error>The response is larger than the download "
        + "limit; only its first " + download.body().length + " bytes were read, and the content "
        + "below ends there.</error>\n" : "";
    boolean html = text.substring(0, Math.min(100, text.length())).contains("<html")
        || lower.contains("text/html") || contentType.isEmpty();
    String rawPrefix = notice + "Content type " + contentType
        + " cannot be simplified to markdown, but here is the raw content:\n";
    if (!html) {
      return new PageContent(text, rawPrefix);
    }
    Document page = parse(download, declared);
    if (raw) {
      // Decoded again with the charset the page declares in a <meta> tag, if it does.
      return new PageContent(declared == null ? decode(download.body(), page.charset()) : text,
          rawPrefix);
    }
    String markdown = HtmlToMarkdown.convert(page);
    return new PageContent(markdown.isEmpty() ? NOT_SIMPLIFIED : markdown, notice);
  }

  private static Document parse(Download download, @Nullable Charset declared) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(download.body()),
          declared == null ? null : declared.name(), download.url().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The charset of a Content-Type, or null when it names none this JVM knows. */
  static @Nullable Charset charset(String contentType) {
    Matcher matcher = CHARSET.matcher(contentType);
    if (!matcher.find()) {
      return null;
    }
    try {
      return Charset.forName(matcher.group(1));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The text of {@code body}: a byte order mark wins, then the declared charset, then UTF-8. */
  static String decode(byte[] body, @Nullable Charset declared) {
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
    }
    return new String(body, declared == null ? StandardCharsets.UTF_8 : declared);
  }

  private static boolean isBinary(String contentType, byte[] body) {
    String type = contentType.split(";", 2)[0].strip();
    if (type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("+json")
        || type.endsWith("/xml") || type.endsWith("/json") || type.endsWith("javascript")) {
      return false;
    }
    if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
        || type.startsWith("font/") || type.equals("application/octet-stream")
        || type.equals("application/pdf") || type.equals("application/zip")
        || type.equals("application/gzip")) {
      return true;
    }
    int probe = Math.min(body.length, 8192);
    boolean utf16 = body.length >= 2 && ((body[0] & 0xff) == 0xfe || (body[0] & 0xff) == 0xff);
    for (int i = 0; i < probe && !utf16; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
