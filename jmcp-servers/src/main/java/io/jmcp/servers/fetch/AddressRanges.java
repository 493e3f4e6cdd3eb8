package io.jmcp.servers.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses are not on the public internet: the IANA IPv4 and IPv6 special-purpose address
 * registries (RFC 6890 and successors) less the few entries that are globally reachable.
 * IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16) are
 * judged by the IPv4 address inside, so {@code ::ffff:127.0.0.1} is loopback like 127.0.0.1.
 */
final class AddressRanges {

  private record Range(byte[] prefix, int bits, String kind) {

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int whole = bits / 8;
      if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
        return false;
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }
  }

  private static final List<Range> IPV4 = List.of(
      range("0.0.0.0", 8, "an unspecified (\"this network\") address"),
      range("10.0.0.0", 8, "a private address (RFC 1918)"),
      range("100.64.0.0", 10, "a shared carrier-grade NAT address (RFC 6598)"),
      range("127.0.0.0", 8, "a loopback address"),
      range("169.254.0.0", 16, "a link-local address (this range holds cloud metadata services)"),
      range("172.16.0.0", 12, "a private address (RFC 1918)"),
      range("192.0.0.0", 24, "an IETF protocol assignment address"),
      range("192.0.2.0", 24, "a documentation address"),
      range("192.88.99.0", 24, "a 6to4 relay anycast address"),
      range("192.168.0.0", 16, "a private address (RFC 1918)"),
      range("198.18.0.0", 15, "a benchmarking address"),
      range("198.51.100.0", 24, "a documentation address"),
      range("203.0.113.0", 24, "a documentation address"),
      range("224.0.0.0", 4, "a multicast address"),
      range("240.0.0.0", 4, "a reserved or broadcast address"));

  private static final List<Range> IPV6 = List.of(
      range("::", 128, "the unspecified address"),
      range("::1", 128, "a loopback address"),
      range("::", 96, "an IPv4-compatible IPv6 address (deprecated)"),
      range("64:ff9b:1::", 48, "a local-use NAT64 address"),
      range("100::", 64, "a discard-only address"),
      range("2001::", 23, "an IETF protocol assignment address (Teredo and others)"),
      range("2001:db8::", 32, "a documentation address"),
      range("3fff::", 20, "a documentation address"),
      range("fc00::", 7, "a unique local address (RFC 4193)"),
      range("fe80::", 10, "a link-local address"),
      range("fec0::", 10, "a site-local address (deprecated)"),
      range("ff00::", 8, "a multicast address"));

  private static final Range IPV4_MAPPED = range("::ffff:0:0", 96, "");
  private static final Range NAT64 = range("64:ff9b::", 96, "");
  private static final Range SIX_TO_FOUR = range("2002::", 16, "");
  private static final Range GLOBAL_UNICAST = range("2000::", 3, "");

  private AddressRanges() {
  }

  /** Why {@code address} is not a public internet address, or empty when it is one. */
  static Optional<String> nonPublic(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return first(IPV4, bytes);
    }
    if (!(address instanceof Inet6Address)) {
      return Optional.of("not an IP address");
    }
    if (IPV4_MAPPED.contains(bytes) || NAT64.contains(bytes)) {
      return embedded(Arrays.copyOfRange(bytes, 12, 16), "an IPv6 form of ");
    }
    if (SIX_TO_FOUR.contains(bytes)) {
      return embedded(Arrays.copyOfRange(bytes, 2, 6), "a 6to4 form of ");
    }
    Optional<String> special = first(IPV6, bytes);
    if (special.isPresent()) {
      return special;
    }
    return GLOBAL_UNICAST.contains(bytes) ? Optional.empty()
        : Optional.of("not a global unicast IPv6 address");
  }

  private static Optional<String> embedded(byte[] ipv4, String form) {
    return first(IPV4, ipv4).map(kind -> form + kind);
  }

  private static Optional<String> first(List<Range> ranges, byte[] bytes) {
    return ranges.stream().filter(range -> range.contains(bytes)).findFirst().map(Range::kind);
  }

  private static Range range(String literal, int bits, String kind) {
    try {
      // Literals only: parsed, never looked up.
      InetAddress address = InetAddress.getByName(literal);
      byte[] bytes = address.getAddress();
      if (literal.contains(":") && bytes.length == 4) {
        // ::ffff:0:0 comes back as an IPv4 address; keep the 16-byte form.
        bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
      }
      return new Range(bytes, bits, kind);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
