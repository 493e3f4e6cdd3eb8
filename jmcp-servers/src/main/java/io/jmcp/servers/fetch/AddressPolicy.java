package io.jmcp.servers.fetch;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which addresses the fetch server may connect to. It is asked about every address a host
 * resolves to, on every hop (the robots.txt request and each redirect included), before any
 * connection is made; a host with one refused address is refused as a whole.
 */
@FunctionalInterface
public interface AddressPolicy {

  /**
   * Why the server must not connect to {@code address} for {@code host}, or empty to allow it.
   *
   * @param host the URL's host as parsed: a lower-case ASCII name, or an address literal
   * @param address one address the host stands for
   */
  Optional<String> refusal(String host, InetAddress address);

  /**
   * The default: only public internet addresses. Loopback, private (RFC 1918, RFC 4193),
   * link-local (cloud metadata at 169.254.169.254 included), unspecified, multicast, carrier-grade
   * NAT, documentation and reserved ranges are refused, also in their IPv4-mapped IPv6 forms.
   */
  static AddressPolicy publicOnly() {
    return (host, address) -> AddressRanges.nonPublic(address)
        .map(kind -> address.getHostAddress() + " is " + kind);
  }

  /** Every address, for local use ({@code --allow-private-network}). */
  static AddressPolicy anyAddress() {
    return (host, address) -> Optional.empty();
  }

  /** This policy, except that {@code host}'s addresses are all allowed. */
  default AddressPolicy allowingHost(String host) {
    Objects.requireNonNull(host, "host");
    return (candidate, address) -> candidate.equals(host) ? Optional.empty()
        : refusal(candidate, address);
  }
}
