package io.jmcp.transport.http.server.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * DNS-rebinding protection: a web page on another origin can make a browser send requests to a
 * local server under a name it controls, so the server accepts only {@code Host} names it knows
 * (loopback, plus the configured ones) and {@code Origin}s that are loopback or configured.
 */
public final class RequestGuard {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

  private final Set<String> hosts = new HashSet<>(LOOPBACK);
  private final Set<String> origins = new HashSet<>();
  private final boolean anyHost;

  /** {@code allowedHosts} may hold {@code *}: any {@code Host}, for servers behind a proxy that checks it. */
  public RequestGuard(Set<String> allowedHosts, Set<String> allowedOrigins) {
    allowedHosts.forEach(host -> hosts.add(host.toLowerCase(Locale.ROOT)));
    allowedOrigins.forEach(origin -> origins.add(normalizeOrigin(origin)));
    this.anyHost = hosts.contains("*");
  }

  /** Why the request must be refused (403), or null if it may go on. */
  public @Nullable String refusal(@Nullable String hostHeader, @Nullable String originHeader) {
    if (hostHeader != null && !anyHost && !hosts.contains(hostName(hostHeader))) {
      return "Forbidden: Host '" + abbreviate(hostHeader) + "' is not allowed";
    }
    if (originHeader != null && !originAllowed(originHeader)) {
      return "Forbidden: Origin '" + abbreviate(originHeader) + "' is not allowed";
    }
    return null;
  }

  private boolean originAllowed(String origin) {
    try {
      URI uri = new URI(origin.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return false;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      return LOOPBACK.contains(host) || origins.contains(normalizeOrigin(origin));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code Host} without port and brackets, lower case. */
  static String hostName(String host) {
    String value = host.trim().toLowerCase(Locale.ROOT);
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      return end < 0 ? value : value.substring(1, end);
    }
    int colon = value.lastIndexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }

  private static String normalizeOrigin(String origin) {
    String value = origin.trim().toLowerCase(Locale.ROOT);
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  private static String abbreviate(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}]", "?");
    return clean.length() <= 80 ? clean : clean.substring(0, 80) + "...";
  }
}
