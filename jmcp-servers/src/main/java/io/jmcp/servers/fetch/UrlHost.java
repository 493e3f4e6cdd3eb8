package io.jmcp.servers.fetch;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host of a URL, parsed the way browsers do (WHATWG URL Standard, "host parsing"): a domain
 * name, or an IP address. The same parse decides both what is checked and where the connection
 * goes, so no other parser (the resolver's, the HTTP client's) gets to read the host differently:
 * {@code 2130706433}, {@code 0x7f.1} and {@code 0177.0.0.1} are all 127.0.0.1 here, as they are to
 * {@code inet_aton}, and percent-escapes in the host are decoded before anything else looks at it.
 */
sealed interface UrlHost {

  /** The host as it goes into a URL or a Host header: IPv6 in brackets. */
  String text();

  /** A DNS name in ASCII (IDNs as punycode), lower case, without a trailing dot. */
  record Name(String ascii) implements UrlHost {
    @Override
    public String text() {
      return ascii;
    }
  }

  /** An IP address written in the URL itself. */
  record Address(InetAddress address) implements UrlHost {
    @Override
    public String text() {
      return literal(address);
    }
  }

  /** How an address is written in a URL: dotted IPv4, or IPv6 in brackets. */
  static String literal(InetAddress address) {
    String text = address.getHostAddress();
    return address instanceof java.net.Inet6Address ? "[" + text + "]" : text;
  }

  Pattern NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
  Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

  /** Parses the host part of an authority ({@code [v6]}, an IPv4 form, or a name). */
  static UrlHost parse(String raw) {
    if (raw.startsWith("[")) {
      if (!raw.endsWith("]")) {
        throw new IllegalArgumentException("unclosed IPv6 address: " + raw);
      }
      String inner = raw.substring(1, raw.length() - 1);
      if (!IPV6.matcher(inner).matches() || !inner.contains(":")) {
        // Zone ids (%eth0) and anything else a resolver might look up are refused.
        throw new IllegalArgumentException("not an IPv6 address: " + raw);
      }
      return new Address(numeric(inner));
    }
    String decoded = percentDecode(raw);
    String ascii;
    try {
      ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid host name: " + raw);
    }
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    if (ascii.isEmpty()) {
      throw new IllegalArgumentException("the URL has no host");
    }
    if (endsInNumber(ascii)) {
      return new Address(ipv4(ascii));
    }
    if (ascii.length() > 253 || !NAME.matcher(ascii).matches()) {
      throw new IllegalArgumentException("not a valid host name: " + raw);
    }
    return new Name(ascii);
  }

  /** WHATWG: a host whose last label is a number (decimal, 0x hex or octal) is an IPv4 address. */
  private static boolean endsInNumber(String host) {
    String[] labels = host.split("\\.", -1);
    String last = labels[labels.length - 1];
    if (last.isEmpty()) {
      return false;
    }
    if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return last.startsWith("0x") && last.substring(2).chars()
        .allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /**
   * The WHATWG IPv4 parser: one to four parts, each decimal, 0x-hex or 0-octal; the last part
   * fills the bytes that remain.
   */
  private static InetAddress ipv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
    List<Long> numbers = new ArrayList<>();
    for (String part : parts) {
      numbers.add(ipv4Number(part, host));
    }
    long value = 0;
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (numbers.get(i) > 255) {
        throw new IllegalArgumentException("not a valid IPv4 address: " + host);
      }
      value += numbers.get(i) << (8 * (3 - i));
    }
    long last = numbers.getLast();
    if (last >= 1L << (8 * (5 - numbers.size()))) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
    value += last;
    byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
        (byte) value};
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static long ipv4Number(String part, String host) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
    int radix = 10;
    String digits = part;
    if (part.startsWith("0x") || part.startsWith("0X")) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() > 1 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return 0;
    }
    if (digits.length() > 12) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
    try {
      return Long.parseLong(digits, radix);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
  }

  /** Parses an IPv6 literal; the text has been checked to hold only hex digits, colons and dots. */
  private static InetAddress numeric(String text) {
    try {
      // A literal (only [0-9a-f:.]) is parsed, never looked up.
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a valid IPv6 address: [" + text + "]");
    }
  }

  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
            || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw new IllegalArgumentException("bad percent-escape in host: " + text);
        }
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
