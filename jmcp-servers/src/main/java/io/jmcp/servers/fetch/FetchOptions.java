package io.jmcp.servers.fetch;

import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * How the fetch server behaves. Start from {@link #defaults()} and change what you need with the
 * {@code with...} methods.
 *
 * @param userAgent the User-Agent for every request; when null, the official server's two agents
 *     (one for the model's tool calls, one for the user's prompts)
 * @param ignoreRobotsTxt fetch pages even where robots.txt forbids autonomous fetching
 * @param proxy an {@code http://host:port} proxy for every request, or null
 * @param addressPolicy which addresses may be reached ({@link AddressPolicy#publicOnly()} by
 *     default)
 * @param resolver how host names are looked up
 * @param timeout how long one page may take, redirects included (robots.txt gets the same again)
 * @param connectTimeout how long one connection attempt may take
 * @param maxDownloadBytes how many bytes of a response are read at most; the rest is left unread
 *     and the result says so
 * @param maxRedirects how many redirects are followed for one page
 * @param sslContext the TLS context (trust store) for https
 */
public record FetchOptions(
    @Nullable String userAgent,
    boolean ignoreRobotsTxt,
    @Nullable URI proxy,
    AddressPolicy addressPolicy,
    HostResolver resolver,
    Duration timeout,
    Duration connectTimeout,
    long maxDownloadBytes,
    int maxRedirects,
    SSLContext sslContext) {

  /** The default page timeout, as the official server's. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** The default download limit: 10 MiB. */
  public static final long MAX_DOWNLOAD_BYTES = 10L * 1024 * 1024;
  /** The default redirect limit. */
  public static final int MAX_REDIRECTS = 10;

  public FetchOptions {
    Objects.requireNonNull(addressPolicy, "addressPolicy");
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(sslContext, "sslContext");
    if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative()
        || connectTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (maxDownloadBytes < 1 || maxDownloadBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxDownloadBytes must be from 1 to 2 GiB");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
    if (userAgent != null && (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20))) {
      throw new IllegalArgumentException("the user agent must be one line of text");
    }
    if (proxy != null) {
      checkProxy(proxy);
    }
  }

  private static void checkProxy(URI proxy) {
    if (!"http".equalsIgnoreCase(proxy.getScheme()) || proxy.getHost() == null
        || proxy.getPort() < 1 || proxy.getUserInfo() != null
        || !(proxy.getRawPath() == null || proxy.getRawPath().isEmpty()
            || proxy.getRawPath().equals("/"))) {
      throw new IllegalArgumentException("the proxy must be given as http://host:port (no user "
          + "name, password or path), not " + proxy);
    }
  }

  /** Public addresses only, robots.txt obeyed, 30 s per page, 10 MiB, 10 redirects, no proxy. */
  public static FetchOptions defaults() {
    SSLContext tls;
    try {
      tls = SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no default TLS context", e);
    }
    return new FetchOptions(null, false, null, AddressPolicy.publicOnly(), HostResolver.system(),
        TIMEOUT, Duration.ofSeconds(10), MAX_DOWNLOAD_BYTES, MAX_REDIRECTS, tls);
  }

  public FetchOptions withUserAgent(@Nullable String value) {
    return new FetchOptions(value, ignoreRobotsTxt, proxy, addressPolicy, resolver, timeout,
        connectTimeout, maxDownloadBytes, maxRedirects, sslContext);
  }

  public FetchOptions withIgnoreRobotsTxt(boolean value) {
    return new FetchOptions(userAgent, value, proxy, addressPolicy, resolver, timeout,
        connectTimeout, maxDownloadBytes, maxRedirects, sslContext);
  }

  public FetchOptions withProxy(@Nullable URI value) {
    return new FetchOptions(userAgent, ignoreRobotsTxt, value, addressPolicy, resolver, timeout,
        connectTimeout, maxDownloadBytes, maxRedirects, sslContext);
  }

  public FetchOptions withAddressPolicy(AddressPolicy value) {
    return new FetchOptions(userAgent, ignoreRobotsTxt, proxy, value, resolver, timeout,
        connectTimeout, maxDownloadBytes, maxRedirects, sslContext);
  }

  /** Turns the protection against loopback, private and link-local addresses off. */
  public FetchOptions withAllowPrivateNetwork() {
    return withAddressPolicy(AddressPolicy.anyAddress());
  }

  public FetchOptions withResolver(HostResolver value) {
    return new FetchOptions(userAgent, ignoreRobotsTxt, proxy, addressPolicy, value, timeout,
        connectTimeout, maxDownloadBytes, maxRedirects, sslContext);
  }

  /** The page timeout; the connect timeout becomes the smaller of it and 10 seconds. */
  public FetchOptions withTimeout(Duration value) {
    Duration connect = value.compareTo(Duration.ofSeconds(10)) < 0 ? value
        : Duration.ofSeconds(10);
    return new FetchOptions(userAgent, ignoreRobotsTxt, proxy, addressPolicy, resolver, value,
        connect, maxDownloadBytes, maxRedirects, sslContext);
  }

  public FetchOptions withMaxDownloadBytes(long value) {
    return new FetchOptions(userAgent, ignoreRobotsTxt, proxy, addressPolicy, resolver, timeout,
        connectTimeout, value, maxRedirects, sslContext);
  }

  public FetchOptions withMaxRedirects(int value) {
    return new FetchOptions(userAgent, ignoreRobotsTxt, proxy, addressPolicy, resolver, timeout,
        connectTimeout, maxDownloadBytes, value, sslContext);
  }

  public FetchOptions withSslContext(SSLContext value) {
    return new FetchOptions(userAgent, ignoreRobotsTxt, proxy, addressPolicy, resolver, timeout,
        connectTimeout, maxDownloadBytes, maxRedirects, value);
  }
}
