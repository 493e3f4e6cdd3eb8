package io.jmcp.transport.http.server;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.server.McpServer;
import io.jmcp.server.ServerSession;
import io.jmcp.transport.http.SseEvent;
import io.jmcp.transport.http.server.internal.HttpReplies;
import io.jmcp.transport.http.server.internal.LegacySseTransport;
import io.jmcp.transport.http.server.internal.RequestGuard;
import io.jmcp.transport.http.server.internal.SseSink;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deprecated HTTP+SSE transport of 2024-11-05, for old clients: GET on the event-stream path
 * opens a session whose first event, {@code endpoint}, names where to POST; every server message
 * then comes down that stream. Map it to both {@link HttpServerOptions#legacySsePath()} and
 * {@link HttpServerOptions#legacyMessagePath()}, with async support on.
 */
public class LegacySseServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LegacySseServlet.class);

  private final transient McpServer server;
  private final transient HttpServerOptions options;
  private final transient RequestGuard guard;
  private final transient JsonRpcCodec codec;
  private final transient Map<String, LegacySseTransport> sessions = new ConcurrentHashMap<>();

  public LegacySseServlet(McpServer server, HttpServerOptions options) {
    this.server = server;
    this.options = options;
    this.guard = new RequestGuard(options.allowedHosts(), options.allowedOrigins());
    this.codec = JsonRpcCodec.of(server.limits());
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
    String path = request.getServletPath();
    if (request.getMethod().equals("GET") && path.equals(options.legacySsePath())) {
      open(request, response);
    } else if (request.getMethod().equals("POST") && path.equals(options.legacyMessagePath())) {
      post(request, response);
    } else {
      response.setHeader("Allow", path.equals(options.legacySsePath()) ? "GET" : "POST");
      HttpReplies.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
          ErrorCodes.INVALID_REQUEST, "Method not allowed: " + request.getMethod(), null);
    }
  }

  private void open(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (sessions.size() >= options.maxSessions()) {
      HttpReplies.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          ErrorCodes.INTERNAL_ERROR, "Service Unavailable: too many sessions, try later", null);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    HttpReplies.startEventStream(response);
    SseSink sink = new SseSink(response.getOutputStream());
    LegacySseTransport transport = new LegacySseTransport(sink, codec);
    ServerSession session = server.connect(transport);
    sessions.put(session.id(), transport);
    session.closed().whenComplete((cause, error) -> sessions.remove(session.id()));
    sink.write(new SseEvent(null, "endpoint",
        request.getContextPath() + options.legacyMessagePath() + "?sessionId=" + session.id(),
        null));
    Thread.ofVirtual().name("jmcp-http-legacy-sse").start(() -> {
      try {
        sink.hold(options.keepAliveInterval());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        // Legacy SSE cannot resume: when the stream goes, the session goes.
        session.close();
        try {
          async.complete();
        } catch (IllegalStateException alreadyDone) {
          // the container already completed it
        }
      }
    });
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String sessionId = request.getParameter("sessionId");
    LegacySseTransport transport = sessionId == null ? null : sessions.get(sessionId);
    if (transport == null) {
      HttpReplies.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorCodes.INVALID_REQUEST,
          "Not Found: no such session; open the event stream first", null);
      return;
    }
    int max = Math.min(options.maxRequestBytes(), server.limits().maxMessageBytes());
    byte[] body = HttpReplies.boundedBody(request, response, max);
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
    if (transport.isClosed()) {
      HttpReplies.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorCodes.INVALID_REQUEST,
          "Not Found: the session has ended", null);
      return;
    }
    // Acknowledge before dispatching: the answer goes down the event stream and must not overtake
    // this reply, or a client may see its request answered while the POST still looks pending.
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
    response.setContentType("text/plain");
    response.getWriter().write("Accepted");
    response.flushBuffer();
    try {
      transport.deliver(message, TransportContext.of(new HttpRequestFacts(request.getMethod(),
          request.getRequestURI(), Map.of(), request.getRemoteAddr(), sessionId)));
    } catch (ConnectionClosedException e) {
      LOG.debug("Session {} ended before its message could be delivered", sessionId);
    }
  }

  @Override
  public void destroy() {
    List.copyOf(sessions.values()).forEach(LegacySseTransport::close);
  }
}
