package io.jmcp.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as RFC 6570 section 1.5 and 3.2.1 use it: values are UTF-8 encoded and every
 * byte outside the allowed set becomes a {@code %XX} triplet with upper-case hex digits.
 */
final class PercentEncoding {

  private static final String RESERVED = ":/?#[]@!$&'()*+,;=";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /** RFC 3986 unreserved: ALPHA, DIGIT, '-', '.', '_', '~'. */
  static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /** RFC 3986 reserved: gen-delims and sub-delims. */
  static boolean isReserved(int c) {
    return c < 0x80 && RESERVED.indexOf(c) >= 0;
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Whether {@code s} holds a percent-encoded triplet starting at {@code i}. */
  static boolean isTriplet(CharSequence s, int i) {
    return i + 2 < s.length() && s.charAt(i) == '%' && isHex(s.charAt(i + 1))
        && isHex(s.charAt(i + 2));
  }

  static char hexDigit(int value) {
    return HEX[value & 0xF];
  }

  /**
   * Appends {@code value} encoded: unreserved characters pass, and with {@code allowReserved} (the
   * '+' and '#' operators, and literals) reserved characters and existing triplets pass too.
   */
  static void encode(String value, boolean allowReserved, StringBuilder out) {
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      if (isUnreserved(cp) || (allowReserved && isReserved(cp))) {
        out.append((char) cp);
        i++;
      } else if (allowReserved && isTriplet(value, i)) {
        out.append(value, i, i + 3);
        i += 3;
      } else {
        appendUtf8(cp, out);
        i += Character.charCount(cp);
      }
    }
  }

  /** Appends the UTF-8 bytes of a code point as triplets; a lone surrogate becomes U+FFFD. */
  static void appendUtf8(int cp, StringBuilder out) {
    for (byte b : utf8(cp)) {
      out.append('%').append(hexDigit(b >> 4)).append(hexDigit(b));
    }
  }

  static byte[] utf8(int cp) {
    int codePoint = cp <= 0xFFFF && Character.isSurrogate((char) cp) ? 0xFFFD : cp;
    return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Decodes {@code s[start, end)}: triplets become bytes read as UTF-8 (malformed sequences become
   * U+FFFD); a '%' not followed by two hex digits and all other characters stay as they are.
   * Form encoding is not applied: '+' stays '+'.
   */
  static String decode(String s, int start, int end) {
    int firstPercent = start;
    while (firstPercent < end && s.charAt(firstPercent) != '%') {
      firstPercent++;
    }
    if (firstPercent == end) {
      return s.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = start;
    while (i < end) {
      if (i + 2 < end && isTriplet(s, i)) {
        int high = Character.digit(s.charAt(i + 1), 16);
        bytes.write(high << 4 | Character.digit(s.charAt(i + 2), 16));
        i += 3;
        continue;
      }
      flush(bytes, out);
      out.append(s.charAt(i));
      i++;
    }
    flush(bytes, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
    }
  }
}
