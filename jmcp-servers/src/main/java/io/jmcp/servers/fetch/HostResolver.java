package io.jmcp.servers.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Looks up the addresses of a host name. The fetch server resolves each name itself, checks every
 * address with its {@link AddressPolicy}, then connects to a checked address; nothing resolves
 * the name a second time, so an answer that changes between check and connection (DNS
 * rebinding) is never used.
 */
@FunctionalInterface
public interface HostResolver {

  /** The addresses of {@code host} (a lower-case ASCII name, never an address literal). */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The system resolver. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
