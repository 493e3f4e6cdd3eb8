package io.jmcp.servers.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/**
 * GET requests that reach only addresses the {@link AddressPolicy} allows, with the JDK's
 * {@link HttpClient}.
 *
 * <p>Every hop (the first request, each redirect, robots.txt) goes through the same steps: parse
 * the URL ({@link WebUrl}); resolve its host with the configured {@link HostResolver}; check every
 * address; then send the request to the URL rewritten to a checked address, with the original
 * host in the Host header and, for https, in TLS SNI. The JDK then verifies the server
 * certificate against that SNI name (as it does for any request; the IP in the URL is only where
 * the socket goes). Nothing resolves the name a second time, so a DNS answer that changes between
 * check and connection (rebinding) cannot redirect the socket. Redirects are never followed by
 * the client itself; each Location is parsed and checked as a new hop.
 *
 * <p>With a proxy the proxy resolves names, so the check is made on the addresses this machine
 * resolves (literal addresses and names alike) and the proxy is trusted with the rest.
 */
final class WebFetcher {

  private static final String ALLOW_RESTRICTED = "jdk.httpclient.allowRestrictedHeaders";
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  static {
    // The Host header is restricted in java.net.http unless this property names it; it is read
    // once, when the client implementation loads, so it is set before the first request.
    String allowed = System.getProperty(ALLOW_RESTRICTED);
    if (allowed == null || allowed.isBlank()) {
      System.setProperty(ALLOW_RESTRICTED, "host");
    } else if (List.of(allowed.split(",")).stream().noneMatch("host"::equalsIgnoreCase)) {
      System.setProperty(ALLOW_RESTRICTED, allowed + ",host");
    }
  }

  private final FetchOptions options;

  WebFetcher(FetchOptions options) {
    this.options = options;
  }

  /** Fetches {@code url}, following up to the configured number of redirects. */
  Download get(WebUrl url, String userAgent, long maxBytes)
      throws FetchFailure, InterruptedException {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    WebUrl current = url;
    for (int redirects = 0; ; redirects++) {
      Hop hop = exchange(current, userAgent, deadline, maxBytes);
      Optional<String> location = hop.response().headers().firstValue("Location");
      if (!REDIRECTS.contains(hop.response().statusCode()) || location.isEmpty()) {
        return hop.download(current, maxBytes);
      }
      if (redirects >= options.maxRedirects()) {
        throw new FetchFailure("more than " + options.maxRedirects() + " redirects (the last to "
            + location.get() + ")");
      }
      try {
        current = current.resolve(location.get());
      } catch (IllegalArgumentException e) {
        throw new FetchFailure(e.getMessage());
      }
    }
  }

  private record Hop(HttpResponse<CappedBodySubscriber.Body> response) {

    Download download(WebUrl url, long maxBytes) throws FetchFailure {
      CappedBodySubscriber.Body body = ContentEncoding.decode(response.body(),
          response.headers().firstValue("Content-Encoding").orElse(""), maxBytes);
      return new Download(url, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), body.bytes(),
          body.truncated());
    }
  }

  private Hop exchange(WebUrl url, String userAgent, long deadline, long maxBytes)
      throws FetchFailure, InterruptedException {
    List<InetAddress> addresses = checkedAddresses(url);
    URI proxy = options.proxy();
    if (proxy != null) {
      try {
        return send(url, url.toUri(), false, userAgent, deadline, maxBytes);
      } catch (Unreachable e) {
        throw new FetchFailure("could not connect to the proxy " + proxy.getHost() + ":"
            + proxy.getPort() + " (" + e.getMessage() + ")");
      }
    }
    FetchFailure unreachable = null;
    for (InetAddress address : addresses) {
      try {
        return send(url, url.at(address), url.host() instanceof UrlHost.Name, userAgent,
            deadline, maxBytes);
      } catch (Unreachable e) {
        unreachable = new FetchFailure("could not connect to " + url.authority() + " at "
            + address.getHostAddress() + " (" + e.getMessage() + ")");
      }
    }
    throw unreachable != null ? unreachable
        : new FetchFailure("the host " + url.host().text() + " has no address");
  }

  /** The addresses of the URL's host, each allowed by the policy; else why not. */
  private List<InetAddress> checkedAddresses(WebUrl url) throws FetchFailure {
    List<InetAddress> addresses;
    switch (url.host()) {
      case UrlHost.Address literal -> addresses = List.of(literal.address());
      case UrlHost.Name name -> {
        if (name.ascii().equals("localhost") || name.ascii().endsWith(".localhost")) {
          // RFC 6761: these names are loopback whatever a resolver says.
          addresses = List.of(InetAddress.getLoopbackAddress());
        } else {
          addresses = resolve(name.ascii());
        }
      }
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = options.addressPolicy().refusal(url.host().text(), address);
      if (refusal.isPresent()) {
        throw FetchFailure.refused("refused to connect to " + url.authority() + ": "
            + refusal.get() + ". The fetch server only reaches public internet addresses; "
            + "the user can allow local and private networks by starting it with "
            + "--allow-private-network.");
      }
    }
    return addresses;
  }

  private List<InetAddress> resolve(String host) throws FetchFailure {
    try {
      List<InetAddress> found = options.resolver().resolve(host);
      if (found.isEmpty()) {
        throw new UnknownHostException(host);
      }
      return List.copyOf(found);
    } catch (UnknownHostException e) {
      if (options.proxy() != null) {
        // The proxy may know names this machine does not; it resolves them itself.
        return List.of();
      }
      throw new FetchFailure("the host name " + host + " could not be resolved");
    }
  }

  /** A connection that could not be made: the next address may work. */
  private static final class Unreachable extends Exception {

    private static final long serialVersionUID = 1L;

    Unreachable(String message) {
      super(message, null, false, false);
    }
  }

  private Hop send(WebUrl url, URI target, boolean hostHeader, String userAgent, long deadline,
      long maxBytes) throws FetchFailure, InterruptedException, Unreachable {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timedOut();
    }
    HttpRequest request = request(url, target, hostHeader, userAgent, remaining);
    HttpClient client = client(url);
    CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> pending =
        client.sendAsync(request, info -> new CappedBodySubscriber(maxBytes));
    try {
      return new Hop(pending.get(remaining, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      throw timedOut();
    } catch (ExecutionException e) {
      throw failure(e.getCause() == null ? e : e.getCause());
    } finally {
      pending.cancel(true);
      client.shutdownNow();
    }
  }

  private HttpRequest request(WebUrl url, URI target, boolean hostHeader, String userAgent,
      long remainingNanos) throws FetchFailure {
    HttpRequest.Builder builder = HttpRequest.newBuilder(target).GET()
        .timeout(Duration.ofNanos(remainingNanos))
        .header("User-Agent", userAgent)
        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8")
        .header("Accept-Encoding", "gzip");
    if (hostHeader) {
      try {
        builder.header("Host", url.authority());
      } catch (IllegalArgumentException restricted) {
        throw new FetchFailure("this JVM's HTTP client was loaded before the fetch server could "
            + "allow the Host header; start the JVM with -D" + ALLOW_RESTRICTED + "=host");
      }
    }
    return builder.build();
  }

  private HttpClient client(WebUrl url) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .sslContext(options.sslContext());
    URI proxy = options.proxy();
    builder.proxy(proxy == null ? HttpClient.Builder.NO_PROXY
        : ProxySelector.of(InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort())));
    if (url.scheme().equals("https") && url.host() instanceof UrlHost.Name name) {
      SSLParameters parameters = options.sslContext().getDefaultSSLParameters();
      try {
        parameters.setServerNames(List.of(new SNIHostName(name.ascii())));
      } catch (IllegalArgumentException notAnSniName) {
        // Left without SNI; the certificate check then fails rather than trusting anything.
      }
      builder.sslParameters(parameters);
    }
    return builder.build();
  }

  private FetchFailure timedOut() {
    return new FetchFailure("no complete response within " + describe(options.timeout())
        + " (the server's --timeout)");
  }

  private FetchFailure failure(Throwable cause) throws Unreachable {
    if (cause instanceof HttpConnectTimeoutException) {
      throw new Unreachable("connection timed out");
    }
    if (cause instanceof ConnectException) {
      throw new Unreachable(cause.getMessage() == null ? "connection refused"
          : cause.getMessage());
    }
    if (cause instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof SSLException) {
      return new FetchFailure("the TLS connection failed: " + describe(cause));
    }
    if (cause instanceof IOException) {
      return new FetchFailure("the connection failed: " + describe(cause));
    }
    return new FetchFailure("the request failed: " + describe(cause));
  }

  static String describe(Duration duration) {
    if (duration.toMillis() % 1000 != 0) {
      return duration.toMillis() + " ms";
    }
    long seconds = duration.toSeconds();
    return seconds + (seconds == 1 ? " second" : " seconds");
  }

  private static String describe(@Nullable Throwable cause) {
    if (cause == null) {
      return "unknown error";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
