package io.jmcp.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Values of the 2026-07-28 HTTP headers that mirror the body ({@code Mcp-Name},
 * {@code Mcp-Param-*}): plain when they are safe visible ASCII, else (and when they look like the
 * sentinel themselves) the UTF-8 bytes in base64 between {@code =?base64?} and {@code ?=}.
 */
public final class HeaderValue {

  static final String PREFIX = "=?base64?";
  static final String SUFFIX = "?=";
  private static final Pattern STRICT_BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

  private HeaderValue() {
  }

  /** {@code value} as a header value. */
  public static String encode(String value) {
    if (isPlain(value) && !isSentinel(value)) {
      return value;
    }
    return PREFIX + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
        + SUFFIX;
  }

  /**
   * The value a header carries.
   *
   * @throws IllegalArgumentException if it holds characters a header may not, or a malformed
   *     sentinel
   */
  public static String decode(String header) {
    if (isSentinel(header)) {
      String encoded = header.substring(PREFIX.length(), header.length() - SUFFIX.length());
      // Strict: padded, standard alphabet only (the JDK decoder would also accept it unpadded).
      if (encoded.length() % 4 != 0 || !STRICT_BASE64.matcher(encoded).matches()) {
        throw new IllegalArgumentException("the base64 between =?base64? and ?= is malformed");
      }
      try {
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the base64 between =?base64? and ?= is malformed");
      }
    }
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (!(c == ' ' || c == '\t' || (c >= 0x21 && c <= 0x7E))) {
        throw new IllegalArgumentException("the value holds a character a header may not carry "
            + "(use =?base64?...?=)");
      }
    }
    return header;
  }

  /** Visible ASCII with inner spaces or tabs only: safe to send as is. */
  static boolean isPlain(String value) {
    if (value.isEmpty()) {
      return true;
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == ' ' || c == '\t' || (c >= 0x21 && c <= 0x7E))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSentinel(String value) {
    return value.length() >= PREFIX.length() + SUFFIX.length() && value.startsWith(PREFIX)
        && value.endsWith(SUFFIX);
  }
}
