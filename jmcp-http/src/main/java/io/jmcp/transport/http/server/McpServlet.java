package io.jmcp.transport.http.server;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcBatch;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.jsonrpc.TransportHeaders;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.lifecycle.DiscoverRequest;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.schema.subscriptions.SubscriptionsListenRequest;
import io.jmcp.server.McpServer;
import io.jmcp.server.ServerSession;
import io.jmcp.transport.http.McpHttpHeaders;
import io.jmcp.transport.http.server.internal.EventStream;
import io.jmcp.transport.http.server.internal.HttpReplies;
import io.jmcp.transport.http.server.internal.JsonBody;
import io.jmcp.transport.http.server.internal.RequestGuard;
import io.jmcp.transport.http.server.internal.SessionRegistry;
import io.jmcp.transport.http.server.internal.SessionTransport;
import io.jmcp.transport.http.server.internal.SseSink;
import io.jmcp.transport.http.server.internal.StatelessExchange;
import io.jmcp.transport.http.server.internal.StatelessReply;
import io.jmcp.transport.http.server.internal.StreamableSession;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The Streamable HTTP transport (2025-03-26 to 2025-11-25) as a Jakarta Servlet 6: POST carries
 * client messages and is answered with an SSE stream (or JSON), GET opens the session's stream for
 * server-initiated messages or resumes a stream with {@code Last-Event-ID}, DELETE ends a session.
 * Register it with async support on; long streams are served from virtual threads, so container
 * threads are never held.
 */
public class McpServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(McpServlet.class);
  /** How long a JSON-mode POST waits for its answer before giving up. */
  private static final Duration JSON_PATIENCE = Duration.ofHours(1);

  private final transient McpServer server;
  private final transient HttpServerOptions options;
  private final transient RequestGuard guard;
  private final transient SessionRegistry sessions;
  /** The connections of 2026-07-28 POSTs still being answered, each with its exchange. */
  private final transient Map<StatelessExchange, ServerSession> liveExchanges =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Set when the servlet is taken down: new exchanges are refused while Jetty drains. */
  private volatile boolean stopping;
  private final transient JsonRpcCodec codec;
  private final int maxBody;

  public McpServlet(McpServer server, HttpServerOptions options) {
    this.server = server;
    this.options = options;
    this.guard = new RequestGuard(options.allowedHosts(), options.allowedOrigins());
    this.sessions = new SessionRegistry(options.maxSessions(), options.sessionIdleTimeout());
    this.codec = JsonRpcCodec.of(server.limits());
    this.maxBody = Math.min(options.maxRequestBytes(), server.limits().maxMessageBytes());
  }

  /** The number of live sessions (stateful mode). */
  public int sessionCount() {
    return sessions.size();
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String refusal = guard.refusal(request.getHeader("Host"), request.getHeader("Origin"));
    if (refusal != null) {
      HttpReplies.error(response, HttpServletResponse.SC_FORBIDDEN, ErrorCodes.INVALID_REQUEST,
          refusal, null);
      return;
    }
    switch (request.getMethod()) {
      case "POST" -> post(request, response);
      case "GET" -> get(request, response);
      case "DELETE" -> delete(request, response);
      default -> {
        response.setHeader("Allow", options.stateless() ? "POST" : "GET, POST, DELETE");
        HttpReplies.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
            ErrorCodes.INVALID_REQUEST, "Method not allowed: " + request.getMethod(), null);
      }
    }
  }

  // ------------------------------------------------------------------ POST

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String contentType = request.getContentType();
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith(McpHttpHeaders.JSON)) {
      HttpReplies.error(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          ErrorCodes.INVALID_REQUEST, "Unsupported Media Type: send application/json", null);
      return;
    }
    if (!accepts(request, McpHttpHeaders.JSON) || !accepts(request, McpHttpHeaders.EVENT_STREAM)) {
      HttpReplies.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
          ErrorCodes.INVALID_REQUEST,
          "Not Acceptable: Accept must list application/json and text/event-stream", null);
      return;
    }
    byte[] body = HttpReplies.boundedBody(request, response, maxBody);
    if (body == null) {
      return;
    }
    JsonRpcMessage message;
    try {
      message = codec.decode(body);
    } catch (MalformedMessageException e) {
      HttpReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, e.code(), e.getMessage(),
          e.requestId());
      return;
    }
    if (request.getHeader(McpHttpHeaders.SESSION_ID) == null && isStatelessEra(message, request)) {
      statelessEraPost(message, request, response);
      return;
    }
    boolean initialize = isInitialize(message);
    if (message instanceof JsonRpcBatch batch && batch.messages().stream()
        .anyMatch(ServletMessages::isInitialize)) {
      HttpReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, ErrorCodes.INVALID_REQUEST,
          "Invalid request: initialize must not be part of a batch", null);
      return;
    }
    if (options.stateless()) {
      statelessPost(message, initialize, request, response);
      return;
    }
    String sessionId = request.getHeader(McpHttpHeaders.SESSION_ID);
    StreamableSession session;
    if (sessionId == null) {
      if (!initialize) {
        HttpReplies.error(response, HttpServletResponse.SC_BAD_REQUEST,
            ErrorCodes.INVALID_REQUEST,
            "Bad Request: an Mcp-Session-Id header is required; initialize first", null);
        return;
      }
      session = sessions.create(this::newSession);
      if (session == null) {
        HttpReplies.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
            ErrorCodes.INTERNAL_ERROR, "Service Unavailable: too many sessions, try later", null);
        return;
      }
    } else {
      session = sessions.get(sessionId);
      if (session == null) {
        HttpReplies.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorCodes.INVALID_REQUEST,
            "Not Found: no session " + abbreviate(sessionId) + "; initialize a new one", null);
        return;
      }
      if (!versionAcceptable(request, response)) {
        return;
      }
    }
    session.touch();
    TransportContext context = context(request, session.id());
    answer(session.transport(), message, context, request, response, initialize ? session : null,
        null);
  }

  /**
   * Whether a POST without session speaks 2026-07-28: its header names a stateless revision, its
   * request carries the revision in {@code _meta}, or it calls a method only that era has.
   */
  private boolean isStatelessEra(JsonRpcMessage message, HttpServletRequest request) {
    if (server.protocolVersions().stream().allMatch(ProtocolVersion::isLegacy)) {
      return false;
    }
    String header = request.getHeader(McpHttpHeaders.PROTOCOL_VERSION);
    if (header != null && ProtocolVersion.parse(header.trim())
        .filter(version -> !version.isLegacy()).isPresent()) {
      return true;
    }
    if (message instanceof JsonRpcRequest single) {
      JsonNode params = single.params();
      return (params != null && params.path("_meta").has(Meta.PROTOCOL_VERSION))
          || DiscoverRequest.METHOD.equals(single.method())
          || SubscriptionsListenRequest.METHOD.equals(single.method());
    }
    return false;
  }

  /**
   * A 2026-07-28 POST: one request served on a connection of its own, answered with JSON or an
   * SSE stream scoped to it; a notification is acknowledged and ignored (none is defined over
   * HTTP).
   */
  private void statelessEraPost(JsonRpcMessage message, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (message instanceof JsonRpcNotification) {
      response.setStatus(HttpServletResponse.SC_ACCEPTED);
      return;
    }
    if (!(message instanceof JsonRpcRequest single)) {
      HttpReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, ErrorCodes.INVALID_REQUEST,
          "Invalid request: a 2026-07-28 POST carries one request or notification", null);
      return;
    }
    if (stopping) {
      HttpReplies.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          ErrorCodes.INTERNAL_ERROR, "The server is stopping", single.id());
      return;
    }
    StatelessExchange exchange = new StatelessExchange();
    ServerSession connection = server.connect(exchange);
    TransportContext context = context(request, null)
        .with(TransportHeaders.class, new TransportHeaders(headers(request)));
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    StatelessReply reply = new StatelessReply(exchange, single.id(), response, async, codec,
        options.keepAliveInterval());
    try {
      exchange.deliver(single, context);
    } catch (ConnectionClosedException e) {
      connection.close();
      HttpReplies.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          ErrorCodes.INTERNAL_ERROR, "The server is closing", single.id());
      async.complete();
      return;
    }
    liveExchanges.put(exchange, connection);
    Thread.ofVirtual().name("jmcp-http-stateless").start(() -> {
      try {
        reply.serve();
      } finally {
        liveExchanges.remove(exchange);
        exchange.close();
        connection.close();
      }
    });
  }

  private void statelessPost(JsonRpcMessage message, boolean initialize,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!initialize && !versionAcceptable(request, response)) {
      return;
    }
    SessionTransport transport = new SessionTransport(options.eventStore(), codec);
    ServerSession session;
    if (initialize) {
      session = server.connect(transport);
    } else {
      // Without a session the request must stand alone; the spec's default for no header is
      // 2025-03-26.
      String header = request.getHeader(McpHttpHeaders.PROTOCOL_VERSION);
      ProtocolVersion version = header == null ? ProtocolVersion.V2025_03_26
          : ProtocolVersion.parse(header).orElseThrow();
      session = server.connectInitialized(transport, version, ClientCapabilities.NONE,
          Implementation.of("stateless-http-client", "unknown"));
    }
    answer(transport, message, context(request, null), request, response, null, session);
  }

  /**
   * Delivers the POST's messages and answers it: 202 when it held no request, else a JSON body or
   * an SSE stream carrying the responses and whatever the server sends about those requests.
   *
   * @param created the session this POST created (its id goes in the response header)
   * @param ephemeral a stateless session to close once answered
   */
  private void answer(SessionTransport transport, JsonRpcMessage message,
      TransportContext context, HttpServletRequest request, HttpServletResponse response,
      @Nullable StreamableSession created, @Nullable ServerSession ephemeral) throws IOException {
    Set<RequestId> requests = requestIds(message);
    if (requests.isEmpty()) {
      if (transport.isClosed()) {
        HttpReplies.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorCodes.INVALID_REQUEST,
            "Not Found: the session has ended", null);
        return;
      }
      // Acknowledge first: what this message sets off (a tool finishing once the client answered
      // its question) must not reach the client before this POST's own reply.
      response.setStatus(HttpServletResponse.SC_ACCEPTED);
      response.flushBuffer();
      deliver(transport, message, context, null);
      closeEphemeral(ephemeral);
      return;
    }
    if (created != null) {
      response.setHeader(McpHttpHeaders.SESSION_ID, created.id());
    }
    if (options.jsonResponses()) {
      JsonBody body = transport.openJsonBody(requests, message instanceof JsonRpcBatch);
      if (deliver(transport, message, context, response)) {
        try {
          JsonRpcMessage answer = body.await(JSON_PATIENCE);
          if (answer == null) {
            HttpReplies.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                ErrorCodes.INTERNAL_ERROR, "The session ended before the answer", null);
          } else {
            HttpReplies.json(response, HttpServletResponse.SC_OK, answer);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      closeEphemeral(ephemeral);
      return;
    }
    EventStream stream = transport.openStream(requests);
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    HttpReplies.startEventStream(response);
    SseSink sink = new SseSink(response.getOutputStream());
    stream.attach(sink, null, primeRetry(transport.version()));
    TransportContext streamContext =
        context.with(SseStreamControl.class, stream::closeForPolling);
    if (!deliver(transport, message, streamContext, null)) {
      stream.close();
    }
    hold(sink, async, ephemeral);
  }

  /** Hands messages to the session; false (after answering 404) if it has closed meanwhile. */
  private static boolean deliver(SessionTransport transport, JsonRpcMessage message,
      TransportContext context, @Nullable HttpServletResponse response) throws IOException {
    try {
      transport.deliver(message, context);
      return true;
    } catch (ConnectionClosedException e) {
      if (response != null) {
        HttpReplies.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorCodes.INVALID_REQUEST,
            "Not Found: the session has ended", null);
      }
      return false;
    }
  }

  private @Nullable Duration primeRetry(@Nullable ProtocolVersion version) {
    return version != null && version.supports(ProtocolFeature.SSE_POLLING)
        ? options.pollingRetry() : null;
  }

  /** Serves the stream from a virtual thread until it ends; the container thread returns now. */
  private void hold(SseSink sink, AsyncContext async, @Nullable ServerSession ephemeral) {
    Thread.ofVirtual().name("jmcp-http-stream").start(() -> {
      try {
        sink.hold(options.keepAliveInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        closeEphemeral(ephemeral);
        try {
          async.complete();
        } catch (IllegalStateException alreadyDone) {
          LOG.debug("Stream response already complete");
        }
      }
    });
  }

  private static void closeEphemeral(@Nullable ServerSession ephemeral) {
    if (ephemeral != null) {
      ephemeral.close();
    }
  }

  private StreamableSession newSession() {
    SessionTransport transport = new SessionTransport(options.eventStore(), codec);
    ServerSession session = server.connect(transport);
    return new StreamableSession(session, transport);
  }

  /** The 2025-06-18+ header check: a version the server does not speak is a 400. */
  private boolean versionAcceptable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String header = request.getHeader(McpHttpHeaders.PROTOCOL_VERSION);
    if (header == null
        || ProtocolVersion.parse(header).filter(server.protocolVersions()::contains).isPresent()) {
      return true;
    }
    HttpReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, ErrorCodes.INVALID_REQUEST,
        "Bad Request: unsupported MCP-Protocol-Version '" + abbreviate(header) + "'; supported: "
            + server.protocolVersions(), null);
    return false;
  }

  // ------------------------------------------------------------------ GET and DELETE

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (options.stateless()) {
      response.setHeader("Allow", "POST");
      HttpReplies.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
          ErrorCodes.INVALID_REQUEST, "Method not allowed: this server is stateless", null);
      return;
    }
    if (!accepts(request, McpHttpHeaders.EVENT_STREAM)) {
      HttpReplies.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
          ErrorCodes.INVALID_REQUEST, "Not Acceptable: Accept must list text/event-stream", null);
      return;
    }
    StreamableSession session = session(request, response);
    if (session == null || !versionAcceptable(request, response)) {
      return;
    }
    session.touch();
    SessionTransport transport = session.transport();
    String lastEventId = request.getHeader(McpHttpHeaders.LAST_EVENT_ID);
    EventStream stream = lastEventId == null ? null : transport.streamOfEvent(lastEventId);
    if (stream == null) {
      stream = transport.standalone();
      lastEventId = null;
      if (stream.isConnected()) {
        HttpReplies.error(response, HttpServletResponse.SC_CONFLICT, ErrorCodes.INVALID_REQUEST,
            "Conflict: this session already has a standalone stream", null);
        return;
      }
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    HttpReplies.startEventStream(response);
    SseSink sink = new SseSink(response.getOutputStream());
    stream.attach(sink, lastEventId, lastEventId == null ? primeRetry(transport.version()) : null);
    hold(sink, async, null);
  }

  private void delete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (options.stateless()) {
      response.setHeader("Allow", "POST");
      HttpReplies.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
          ErrorCodes.INVALID_REQUEST, "Method not allowed: this server is stateless", null);
      return;
    }
    StreamableSession session = session(request, response);
    if (session != null) {
      session.close();
      response.setStatus(HttpServletResponse.SC_OK);
    }
  }

  private @Nullable StreamableSession session(HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    String sessionId = request.getHeader(McpHttpHeaders.SESSION_ID);
    if (sessionId == null) {
      HttpReplies.error(response, HttpServletResponse.SC_BAD_REQUEST, ErrorCodes.INVALID_REQUEST,
          "Bad Request: an Mcp-Session-Id header is required", null);
      return null;
    }
    StreamableSession session = sessions.get(sessionId);
    if (session == null) {
      HttpReplies.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorCodes.INVALID_REQUEST,
          "Not Found: no session " + abbreviate(sessionId), null);
    }
    return session;
  }

  // ------------------------------------------------------------------ helpers

  private static boolean accepts(HttpServletRequest request, String type) {
    String accept = request.getHeader("Accept");
    if (accept == null) {
      return false;
    }
    String major = type.substring(0, type.indexOf('/'));
    for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
      String media = part.split(";")[0].trim();
      if (media.equals(type) || media.equals("*/*") || media.equals(major + "/*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInitialize(JsonRpcMessage message) {
    return ServletMessages.isInitialize(message);
  }

  private static Set<RequestId> requestIds(JsonRpcMessage message) {
    Set<RequestId> ids = new LinkedHashSet<>();
    if (message instanceof JsonRpcRequest request) {
      ids.add(request.id());
    } else if (message instanceof JsonRpcBatch batch) {
      for (JsonRpcMessage element : batch.messages()) {
        if (element instanceof JsonRpcRequest request) {
          ids.add(request.id());
        }
      }
    }
    return ids;
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  private static TransportContext context(HttpServletRequest request,
      @Nullable String sessionId) {
    HttpRequestFacts facts = new HttpRequestFacts(request.getMethod(), request.getRequestURI(),
        headers(request), request.getRemoteAddr(), sessionId);
    TransportContext context = TransportContext.of(facts);
    Principal principal = request.getUserPrincipal();
    return principal == null ? context : context.with(Principal.class, principal);
  }

  private static String abbreviate(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}]", "?");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
  }

  @Override
  public void destroy() {
    stopping = true;
    sessions.close();
    // Requests and listen streams of 2026-07-28 POSTs end too; closing their connections wakes
    // the replies, which then finish their responses.
    Map.copyOf(liveExchanges).forEach((exchange, connection) -> {
      connection.close();
      exchange.close();
    });
  }

  /** What a POST body is, as far as the transport cares. */
  private static final class ServletMessages {
    static boolean isInitialize(JsonRpcMessage message) {
      return message instanceof JsonRpcRequest request
          && InitializeRequest.METHOD.equals(request.method());
    }
  }
}
