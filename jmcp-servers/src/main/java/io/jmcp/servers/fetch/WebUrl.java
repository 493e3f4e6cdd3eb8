package io.jmcp.servers.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An http or https URL as the fetch server reads it (RFC 3986, with the WHATWG host rules of
 * {@link UrlHost}): scheme, host, port and the request target (path and query, percent-encoded).
 * User names and passwords in URLs are refused. The fragment is kept only for display.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the parsed host
 * @param port the port, the scheme's default when the URL names none
 * @param target path and query, starting with {@code /}
 * @param fragment the fragment without {@code #}, if any
 */
record WebUrl(String scheme, UrlHost host, int port, String target, @Nullable String fragment) {

  private static final Pattern SCHEME =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);
  /** Characters that may stand unescaped in a path, query or fragment. */
  private static final String KEPT = "-._~!$&'()*+,;=:@/?";

  /** Parses {@code text}; an {@link IllegalArgumentException} says what is wrong with it. */
  static WebUrl parse(String text) {
    String input = text.strip();
    if (input.isEmpty()) {
      throw new IllegalArgumentException("URL is required");
    }
    Matcher matcher = SCHEME.matcher(input);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not an absolute URL: " + input + " (it should start with https:// or http://)");
    }
    String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "only http and https URLs can be fetched, not " + scheme + ": URLs");
    }
    String rest = matcher.group(2);
    if (!rest.startsWith("//")) {
      throw new IllegalArgumentException("not an absolute URL: " + input
          + " (" + scheme + ": must be followed by //host)");
    }
    rest = rest.substring(2);
    int end = 0;
    while (end < rest.length() && "/?#\\".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    if (end < rest.length() && rest.charAt(end) == '\\') {
      throw new IllegalArgumentException("a backslash after the host is ambiguous: " + input);
    }
    String authority = rest.substring(0, end);
    String tail = rest.substring(end);
    if (authority.contains("@")) {
      throw new IllegalArgumentException(
          "URLs with a user name or password are not supported: " + input);
    }
    int defaultPort = scheme.equals("https") ? 443 : 80;
    String hostText = authority;
    int port = defaultPort;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && colon > authority.lastIndexOf(']')) {
      hostText = authority.substring(0, colon);
      port = port(authority.substring(colon + 1), defaultPort, input);
    }
    if (hostText.isEmpty()) {
      throw new IllegalArgumentException("the URL has no host: " + input);
    }
    UrlHost host = UrlHost.parse(hostText);
    String fragment = null;
    int hash = tail.indexOf('#');
    if (hash >= 0) {
      fragment = encode(tail.substring(hash + 1));
      tail = tail.substring(0, hash);
    }
    String target = encode(tail);
    if (!target.startsWith("/")) {
      target = "/" + target;
    }
    WebUrl url = new WebUrl(scheme, host, port, target, fragment);
    try {
      new URI(url.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + input);
    }
    return url;
  }

  private static int port(String digits, int defaultPort, String input) {
    if (digits.isEmpty()) {
      return defaultPort;
    }
    if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a valid port in " + input);
    }
    int port = Integer.parseInt(digits);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a valid port in " + input);
    }
    return port;
  }

  /** Percent-encodes what may not stand in a URL (spaces, non-ASCII, stray {@code %}). */
  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
      if (escape || (b < 0x80 && (Character.isLetterOrDigit(b) || KEPT.indexOf(b) >= 0))) {
        out.append((char) b);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean hex(byte b) {
    return Character.digit(b, 16) >= 0;
  }

  int defaultPort() {
    return scheme.equals("https") ? 443 : 80;
  }

  /** The authority as a Host header carries it: the port only when it is not the default. */
  String authority() {
    return host.text() + (port == defaultPort() ? "" : ":" + port);
  }

  /** This URL resolved against a redirect's {@code Location} (RFC 3986 section 5). */
  WebUrl resolve(String location) {
    String reference = location.strip();
    int hash = reference.indexOf('#');
    String encoded = hash < 0 ? encode(reference)
        : encode(reference.substring(0, hash)) + "#" + encode(reference.substring(hash + 1));
    URI uri;
    try {
      uri = new URI(encoded);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the server redirected to an invalid URL: " + location);
    }
    if (uri.isAbsolute()) {
      return parse(encoded);
    }
    if (encoded.startsWith("?")) {
      // java.net.URI drops the base path here; RFC 3986 keeps it.
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      return parse(scheme + "://" + authority() + path + encoded);
    }
    return parse(toUri().resolve(uri).toString());
  }

  /** {@code /robots.txt} on this URL's scheme, host and port. */
  WebUrl robotsTxt() {
    return new WebUrl(scheme, host, port, "/robots.txt", null);
  }

  URI toUri() {
    return URI.create(scheme + "://" + authority() + target);
  }

  /** This URL's request aimed at {@code address}: the connection goes there, no new lookup. */
  URI at(InetAddress address) {
    return URI.create(scheme + "://" + UrlHost.literal(address)
        + (port == defaultPort() ? "" : ":" + port) + target);
  }

  @Override
  public String toString() {
    return scheme + "://" + authority() + target + (fragment == null ? "" : "#" + fragment);
  }
}
