package io.jmcp.transport.http.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How an MCP server behaves over HTTP. Defaults are the secure ones: only loopback {@code Host} and
 * {@code Origin} values are accepted (DNS-rebinding protection), bodies are capped, idle sessions
 * expire and their number is capped.
 *
 * @param path the Streamable HTTP endpoint
 * @param legacySse whether to also serve the 2024-11-05 HTTP+SSE transport
 * @param legacySsePath the legacy transport's event-stream endpoint
 * @param legacyMessagePath the legacy transport's POST endpoint
 * @param allowedHosts host names accepted in the {@code Host} header (without port) besides the
 *     loopback ones; {@code *} accepts any (only behind a proxy that checks {@code Host} itself)
 * @param allowedOrigins origins accepted in the {@code Origin} header (e.g.
 *     {@code https://app.example.com}); loopback origins are always accepted
 * @param maxRequestBytes the largest request body; larger ones get 413 before being read
 * @param sessionIdleTimeout how long a session may go without requests or open streams
 * @param maxSessions how many sessions may be live at once
 * @param stateless serve each request on its own (no sessions, no server-to-client requests)
 * @param jsonResponses answer requests with one JSON body instead of an SSE stream
 * @param keepAliveInterval how often idle streams get an SSE comment, so proxies keep them open
 * @param pollingRetry the {@code retry} a server sends before closing a stream for polling
 * @param eventStore where stream events are kept for resumption
 */
public record HttpServerOptions(String path, boolean legacySse, String legacySsePath,
    String legacyMessagePath, Set<String> allowedHosts, Set<String> allowedOrigins,
    int maxRequestBytes, Duration sessionIdleTimeout, int maxSessions, boolean stateless,
    boolean jsonResponses, Duration keepAliveInterval, Duration pollingRetry,
    EventStore eventStore) {

  public HttpServerOptions {
    Objects.requireNonNull(path, "path");
    allowedHosts = Set.copyOf(allowedHosts);
    allowedOrigins = Set.copyOf(allowedOrigins);
    if (maxRequestBytes < 1024 || maxSessions < 1) {
      throw new IllegalArgumentException("maxRequestBytes >= 1024 and maxSessions >= 1");
    }
    Objects.requireNonNull(eventStore, "eventStore");
  }

  /** The defaults: {@code /mcp}, legacy SSE at {@code /sse} and {@code /message}, stateful. */
  public static HttpServerOptions defaults() {
    return new HttpServerOptions("/mcp", true, "/sse", "/message", Set.of(), Set.of(),
        4 * 1024 * 1024, Duration.ofMinutes(30), 10_000, false, false, Duration.ofSeconds(15),
        Duration.ofSeconds(1), new InMemoryEventStore());
  }

  public HttpServerOptions withPath(String value) {
    return new HttpServerOptions(value, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless,
        jsonResponses, keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withLegacySse(boolean value) {
    return new HttpServerOptions(path, value, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless,
        jsonResponses, keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withAllowedHosts(Set<String> value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, value,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless,
        jsonResponses, keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withAllowedOrigins(Set<String> value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        value, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless, jsonResponses,
        keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withMaxRequestBytes(int value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, value, sessionIdleTimeout, maxSessions, stateless, jsonResponses,
        keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withSessionIdleTimeout(Duration value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, value, maxSessions, stateless, jsonResponses,
        keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withMaxSessions(int value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, value, stateless, jsonResponses,
        keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withStateless(boolean value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, value, jsonResponses,
        keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withJsonResponses(boolean value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless, value,
        keepAliveInterval, pollingRetry, eventStore);
  }

  public HttpServerOptions withKeepAliveInterval(Duration value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless,
        jsonResponses, value, pollingRetry, eventStore);
  }

  public HttpServerOptions withPollingRetry(Duration value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless,
        jsonResponses, keepAliveInterval, value, eventStore);
  }

  public HttpServerOptions withEventStore(EventStore value) {
    return new HttpServerOptions(path, legacySse, legacySsePath, legacyMessagePath, allowedHosts,
        allowedOrigins, maxRequestBytes, sessionIdleTimeout, maxSessions, stateless,
        jsonResponses, keepAliveInterval, pollingRetry, value);
  }
}
