package io.jmcp.transport.http.client;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.schema.lifecycle.InitializedNotification;
import io.jmcp.transport.http.McpHttpHeaders;
import io.jmcp.transport.http.SseEvent;
import io.jmcp.transport.http.SseReader;
import io.jmcp.transport.http.client.internal.HttpMessages;
import io.jmcp.transport.http.client.internal.StatelessHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The client side of Streamable HTTP (2025-03-26 to 2025-11-25) on {@code java.net.http}.
 *
 * <p>Each message is a POST; answers come as JSON or as an SSE stream, which is resumed with
 * {@code Last-Event-ID} after the server's {@code retry} if it ends before the answer. A GET
 * stream carries what the server sends on its own. When the server has lost the session (404),
 * the transport initializes a new one with the original {@code initialize} and retries, unseen by
 * the client above it. When {@code initialize} gets 400, 404 or 405, the server is taken to be an
 * old HTTP+SSE one and the transport switches to {@link SseClientTransport} on the same URL.
 * Closing sends DELETE for the session.
 */
public final class StreamableHttpClientTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(StreamableHttpClientTransport.class);
  private static final int MAX_RESUMPTIONS = 10;

  private final URI endpoint;
  private final HttpClient http;
  private final Map<String, String> headers;
  private final JsonRpcCodec codec;
  private final Duration requestTimeout;
  private final Duration defaultRetry;
  private final boolean legacyFallback;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean standaloneStarted = new AtomicBoolean();
  private final AtomicLong reinitIds = new AtomicLong();
  private final Object reinitLock = new Object();
  private volatile @Nullable MessageReceiver receiver;
  private volatile @Nullable String sessionId;
  private volatile @Nullable String protocolVersion;
  private volatile @Nullable JsonRpcRequest initializeRequest;
  private volatile @Nullable SseClientTransport legacy;
  private volatile @Nullable InputStream standaloneStream;
  private final StatelessHeaders statelessHeaders = new StatelessHeaders();
  private final Map<RequestId, InFlight> inFlight = new ConcurrentHashMap<>();

  private StreamableHttpClientTransport(Builder builder) {
    this.endpoint = builder.uri;
    this.http = builder.http != null ? builder.http : HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(builder.connectTimeout).build();
    this.headers = Map.copyOf(builder.headers);
    this.codec = JsonRpcCodec.of(builder.limits);
    this.requestTimeout = builder.connectTimeout;
    this.defaultRetry = builder.defaultRetry;
    this.legacyFallback = builder.legacyFallback;
  }

  public static Builder builder(URI endpoint) {
    return new Builder(endpoint);
  }

  /** The session the server assigned, if any. */
  public @Nullable String sessionId() {
    return sessionId;
  }

  /** Whether the server turned out to speak only the legacy HTTP+SSE transport. */
  public boolean isLegacy() {
    return legacy != null;
  }

  /** The server's URL: a client remembers what it learned about the server under it. */
  @Override
  public String peerIdentity() {
    return endpoint.toString();
  }

  @Override
  public void start(MessageReceiver messageReceiver) {
    this.receiver = messageReceiver;
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    if (closed.get()) {
      throw new ConnectionClosedException("The connection to " + endpoint + " is closed");
    }
    SseClientTransport old = legacy;
    if (old != null) {
      old.send(message, relatedRequest);
      return;
    }
    if (message instanceof JsonRpcRequest request
        && InitializeRequest.METHOD.equals(request.method())) {
      initializeRequest = request;
    }
    if (abortsStatelessRequest(message)) {
      return;
    }
    if (HttpMessages.requestIds(message).isEmpty()) {
      // Notifications and responses: sent in order, on the caller's thread (answered with 202).
      post(message, true);
      if (message instanceof JsonRpcNotification notification
          && InitializedNotification.METHOD.equals(notification.method())) {
        startStandaloneStream();
      }
    } else {
      // Requests may take long to answer; each gets its own thread so none waits for another.
      Thread.ofVirtual().name("jmcp-http-post").start(() -> post(message, true));
    }
  }

  /**
   * 2026-07-28 over HTTP: closing a request's stream is its cancellation, and no
   * {@code notifications/cancelled} is sent. True if {@code message} was such a cancellation.
   */
  private boolean abortsStatelessRequest(JsonRpcMessage message) {
    if (!(message instanceof JsonRpcNotification notification)
        || !"notifications/cancelled".equals(notification.method())
        || notification.params() == null) {
      return false;
    }
    JsonNode idNode = notification.params().get("requestId");
    if (idNode == null || idNode.isNull()) {
      return false;
    }
    RequestId id;
    try {
      id = McpJson.fromTree(idNode, RequestId.class);
    } catch (IllegalArgumentException e) {
      return false;
    }
    InFlight exchange = inFlight.get(id);
    if (exchange == null) {
      return false;
    }
    exchange.abort();
    return true;
  }

  // ------------------------------------------------------------------ POST

  private void post(JsonRpcMessage message, boolean mayRetry) {
    Set<RequestId> awaited = new HashSet<>(HttpMessages.requestIds(message));
    boolean initialize = message instanceof JsonRpcRequest request
        && InitializeRequest.METHOD.equals(request.method());
    InFlight exchange = null;
    if (message instanceof JsonRpcRequest request
        && StatelessHeaders.version(message).isPresent()) {
      exchange = new InFlight(Thread.currentThread());
      inFlight.put(request.id(), exchange);
    }
    try {
      post(message, mayRetry, awaited, initialize, exchange);
    } finally {
      if (exchange != null && message instanceof JsonRpcRequest request) {
        inFlight.remove(request.id(), exchange);
      }
    }
  }

  private void post(JsonRpcMessage message, boolean mayRetry, Set<RequestId> awaited,
      boolean initialize, @Nullable InFlight exchange) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(postRequest(message), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      if (exchange != null && exchange.aborted) {
        return;
      }
      fail(awaited, "Could not reach " + endpoint + ": " + e.getMessage());
      return;
    } catch (InterruptedException e) {
      if (exchange == null || !exchange.aborted) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (exchange != null) {
      exchange.body = response.body();
      if (exchange.aborted) {
        drain(response.body());
        return;
      }
    }
    int status = response.statusCode();
    if (initialize) {
      response.headers().firstValue(McpHttpHeaders.SESSION_ID).ifPresent(id -> sessionId = id);
    }
    if (status == 202 || status == 204 || (status == 200 && awaited.isEmpty()
        && !initialize)) {
      // Nothing is owed for notifications and responses; a body some servers add is ignored.
      drain(response.body());
      return;
    }
    if (status == 404 && sessionId != null && !initialize && mayRetry) {
      drain(response.body());
      if (reinitialize()) {
        post(message, false);
      } else {
        fail(awaited, "The server ended the session and a new one could not be started");
      }
      return;
    }
    byte[] refusal = null;
    if (initialize && legacyFallback && (status == 400 || status == 404 || status == 405)) {
      refusal = readAll(response.body());
      // A 400 with a JSON-RPC error is a Streamable HTTP server that read the handshake and
      // refused it (say, one that speaks only 2026-07-28): its answer, not a sign of the old
      // HTTP+SSE transport, whose endpoints refuse the POST itself (404, 405).
      if (status != 400 || !isJsonRpcError(refusal)) {
        switchToLegacy(message);
        return;
      }
    }
    if (status != 200) {
      byte[] body = refusal != null ? refusal : readAll(response.body());
      LOG.debug("HTTP {} from {}", status, endpoint);
      MessageReceiver target = receiver;
      for (RequestId id : awaited) {
        if (target != null) {
          target.onMessage(HttpMessages.failure(id, status, body, codec), TransportContext.EMPTY);
        }
      }
      return;
    }
    String type = response.headers().firstValue("Content-Type").orElse("")
        .toLowerCase(Locale.ROOT);
    if (type.startsWith(McpHttpHeaders.EVENT_STREAM)) {
      readStream(response.body(), awaited);
    } else {
      byte[] body = readAll(response.body());
      if (body.length > 0) {
        deliver(body, awaited);
      }
    }
  }

  private boolean isJsonRpcError(byte[] body) {
    try {
      return body.length > 0 && codec.decode(body) instanceof JsonRpcErrorResponse;
    } catch (MalformedMessageException notJsonRpc) {
      return false;
    }
  }

  private HttpRequest postRequest(JsonRpcMessage message) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", McpHttpHeaders.JSON)
        .header("Accept", McpHttpHeaders.JSON + ", " + McpHttpHeaders.EVENT_STREAM)
        .POST(HttpRequest.BodyPublishers.ofByteArray(codec.encode(message)));
    Optional<String> stateless = StatelessHeaders.version(message);
    if (stateless.isPresent() && message instanceof JsonRpcRequest single) {
      // 2026-07-28: no session; the headers mirror the body so intermediaries can route it.
      headers.forEach(request::header);
      statelessHeaders.of(single, stateless.get()).forEach(request::header);
    } else {
      sessionHeaders(request);
    }
    return request.build();
  }

  private void sessionHeaders(HttpRequest.Builder request) {
    headers.forEach(request::header);
    String session = sessionId;
    if (session != null) {
      request.header(McpHttpHeaders.SESSION_ID, session);
    }
    String version = protocolVersion;
    if (version != null) {
      request.header(McpHttpHeaders.PROTOCOL_VERSION, version);
    }
  }

  // ------------------------------------------------------------------ SSE streams

  /**
   * Reads an answer stream; if it ends before every awaited response arrived, resumes it with GET
   * and {@code Last-Event-ID} after the server's {@code retry} delay.
   */
  private void readStream(InputStream body, Set<RequestId> awaited) {
    String lastEventId = null;
    Duration retry = defaultRetry;
    InputStream current = body;
    for (int attempt = 0; ; attempt++) {
      SseReader reader = new SseReader(current, codec.limits().maxMessageBytes());
      try {
        SseEvent event;
        while ((event = reader.next()) != null) {
          if (event.id() != null) {
            lastEventId = event.id();
          }
          if (event.retry() != null) {
            retry = Duration.ofMillis(event.retry());
          }
          if (!event.data().isEmpty()) {
            deliver(event.data().getBytes(java.nio.charset.StandardCharsets.UTF_8), awaited);
          }
        }
      } catch (IOException e) {
        LOG.debug("Stream from {} broke: {}", endpoint, e.getMessage());
      } finally {
        drain(current);
      }
      if (awaited.isEmpty() || closed.get()) {
        return;
      }
      if (lastEventId == null || attempt >= MAX_RESUMPTIONS) {
        fail(awaited, "The server's stream ended before the answer and cannot be resumed");
        return;
      }
      InputStream resumed = resume(lastEventId, retry);
      if (resumed == null) {
        fail(awaited, "The server's stream ended before the answer; resuming it failed");
        return;
      }
      current = resumed;
    }
  }

  private @Nullable InputStream resume(String lastEventId, Duration retry) {
    try {
      Thread.sleep(retry);
      HttpResponse<InputStream> response = http.send(getRequest(lastEventId),
          HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() == 200) {
        return response.body();
      }
      drain(response.body());
      LOG.debug("Resuming from {} got HTTP {}", lastEventId, response.statusCode());
      return null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private HttpRequest getRequest(@Nullable String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).GET()
        .header("Accept", McpHttpHeaders.EVENT_STREAM);
    sessionHeaders(request);
    if (lastEventId != null) {
      request.header(McpHttpHeaders.LAST_EVENT_ID, lastEventId);
    }
    return request.build();
  }

  /** The GET stream for messages the server sends on its own; reconnects until closed. */
  private void startStandaloneStream() {
    if (sessionId == null || !standaloneStarted.compareAndSet(false, true)) {
      return;
    }
    Thread.ofVirtual().name("jmcp-http-get").start(() -> {
      String lastEventId = null;
      Duration retry = defaultRetry;
      while (!closed.get()) {
        HttpResponse<InputStream> response;
        try {
          response = http.send(getRequest(lastEventId), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
          if (!pause(retry)) {
            return;
          }
          continue;
        } catch (InterruptedException e) {
          return;
        }
        if (response.statusCode() != 200) {
          // 405: the server offers no such stream; 404: the session is gone. Either way, stop.
          drain(response.body());
          standaloneStarted.set(false);
          return;
        }
        standaloneStream = response.body();
        SseReader reader = new SseReader(response.body(), codec.limits().maxMessageBytes());
        try {
          SseEvent event;
          while ((event = reader.next()) != null) {
            if (event.id() != null) {
              lastEventId = event.id();
            }
            if (event.retry() != null) {
              retry = Duration.ofMillis(event.retry());
            }
            if (!event.data().isEmpty()) {
              deliver(event.data().getBytes(java.nio.charset.StandardCharsets.UTF_8), new HashSet<>());
            }
          }
        } catch (IOException e) {
          LOG.debug("Standalone stream from {} broke: {}", endpoint, e.getMessage());
        } finally {
          drain(response.body());
        }
        if (!pause(retry)) {
          return;
        }
      }
    });
  }

  private boolean pause(Duration delay) {
    try {
      Thread.sleep(delay);
      return !closed.get();
    } catch (InterruptedException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------ delivery

  private void deliver(byte[] data, Set<RequestId> awaited) {
    MessageReceiver target = receiver;
    JsonRpcMessage message;
    try {
      message = codec.decode(data);
    } catch (MalformedMessageException e) {
      if (target != null) {
        target.onMalformed(e, TransportContext.EMPTY);
      }
      return;
    }
    awaited.removeAll(HttpMessages.answeredIds(message));
    noteVersion(message);
    statelessHeaders.observe(message);
    if (target != null) {
      target.onMessage(message, TransportContext.EMPTY);
    }
  }

  /** Learns the negotiated revision from the initialize result, for the version header. */
  private void noteVersion(JsonRpcMessage message) {
    JsonRpcRequest init = initializeRequest;
    if (init != null && message instanceof JsonRpcResult result && result.id().equals(init.id())) {
      String version = result.result().path("protocolVersion").asString("");
      if (!version.isEmpty()) {
        protocolVersion = version;
      }
    }
  }

  private void fail(Set<RequestId> awaited, String why) {
    MessageReceiver target = receiver;
    for (RequestId id : awaited) {
      if (target != null) {
        target.onMessage(new JsonRpcErrorResponse(id,
            JsonRpcError.of(ErrorCodes.INTERNAL_ERROR, why)), TransportContext.EMPTY);
      }
    }
    awaited.clear();
  }

  // ------------------------------------------------------------------ recovery

  /**
   * Starts a new session after the server lost ours, replaying the original {@code initialize}
   * (under a fresh id) and {@code notifications/initialized}; the answers stay inside the
   * transport.
   */
  private boolean reinitialize() {
    JsonRpcRequest original = initializeRequest;
    if (original == null) {
      return false;
    }
    synchronized (reinitLock) {
      String lost = sessionId;
      if (lost == null) {
        return false;
      }
      sessionId = null;
      JsonRpcRequest again = new JsonRpcRequest(
          RequestId.of("jmcp-reinitialize-" + reinitIds.incrementAndGet()), original.method(),
          original.params());
      try {
        HttpResponse<InputStream> response = http.send(postRequest(again),
            HttpResponse.BodyHandlers.ofInputStream());
        drain(response.body());
        String fresh = response.headers().firstValue(McpHttpHeaders.SESSION_ID).orElse(null);
        if (response.statusCode() != 200 || fresh == null) {
          return false;
        }
        sessionId = fresh;
        HttpResponse<InputStream> initialized = http.send(postRequest(
            new JsonRpcNotification(InitializedNotification.METHOD, null)),
            HttpResponse.BodyHandlers.ofInputStream());
        drain(initialized.body());
        LOG.info("Session {} was lost; continuing in new session {}", lost, fresh);
        standaloneStarted.set(false);
        startStandaloneStream();
        return true;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private void switchToLegacy(JsonRpcMessage initialize) {
    LOG.info("{} does not speak Streamable HTTP; trying the HTTP+SSE transport", endpoint);
    SseClientTransport.Builder builder = SseClientTransport.builder(endpoint).httpClient(http)
        .limits(codec.limits()).connectTimeout(requestTimeout);
    headers.forEach(builder::header);
    SseClientTransport old = builder.build();
    MessageReceiver target = receiver;
    try {
      old.start(target == null ? new NoReceiver() : target);
    } catch (ConnectionClosedException e) {
      fail(new HashSet<>(HttpMessages.requestIds(initialize)),
          "Neither Streamable HTTP nor HTTP+SSE works at " + endpoint + ": " + e.getMessage());
      return;
    }
    legacy = old;
    old.send(initialize, null);
  }

  // ------------------------------------------------------------------ closing

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    InputStream standalone = standaloneStream;
    if (standalone != null) {
      drain(standalone);
    }
    SseClientTransport old = legacy;
    if (old != null) {
      old.close();
    }
    String session = sessionId;
    if (session != null) {
      HttpRequest.Builder delete = HttpRequest.newBuilder(endpoint).DELETE()
          .timeout(Duration.ofSeconds(5));
      sessionHeaders(delete);
      try {
        http.send(delete.build(), HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        LOG.debug("DELETE of session {} failed: {}", session, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    MessageReceiver target = receiver;
    if (target != null) {
      target.onClose(null);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static void drain(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      LOG.trace("Closing a response body failed", e);
    }
  }

  /** A 2026-07-28 request on its way: aborting it closes its stream (or stops its POST). */
  private static final class InFlight {
    private final Thread poster;
    volatile @Nullable InputStream body;
    volatile boolean aborted;

    InFlight(Thread poster) {
      this.poster = poster;
    }

    void abort() {
      aborted = true;
      InputStream stream = body;
      if (stream != null) {
        drain(stream);
      } else {
        poster.interrupt();
      }
    }
  }

  /** Receives nothing: only used if the legacy switch happens before start (it cannot). */
  private static final class NoReceiver implements MessageReceiver {
    @Override
    public void onMessage(JsonRpcMessage message, TransportContext context) {
    }

    @Override
    public void onMalformed(MalformedMessageException error, TransportContext context) {
    }

    @Override
    public void onClose(@Nullable Throwable cause) {
    }
  }

  /** Configures a {@link StreamableHttpClientTransport}. */
  public static final class Builder {
    private final URI uri;
    private @Nullable HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private JsonRpcLimits limits = JsonRpcLimits.DEFAULT;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration defaultRetry = Duration.ofSeconds(1);
    private boolean legacyFallback = true;

    private Builder(URI uri) {
      this.uri = Objects.requireNonNull(uri);
    }

    /** The HTTP client to use (for proxies, TLS settings...); one is made otherwise. */
    public Builder httpClient(HttpClient value) {
      this.http = value;
      return this;
    }

    /** A header sent with every request (e.g. Authorization). */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder limits(JsonRpcLimits value) {
      this.limits = Objects.requireNonNull(value);
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = Objects.requireNonNull(value);
      return this;
    }

    /** How long to wait before resuming a stream when the server gave no {@code retry}. */
    public Builder defaultRetry(Duration value) {
      this.defaultRetry = Objects.requireNonNull(value);
      return this;
    }

    /** Whether to fall back to HTTP+SSE when {@code initialize} is refused (default on). */
    public Builder legacyFallback(boolean value) {
      this.legacyFallback = value;
      return this;
    }

    public StreamableHttpClientTransport build() {
      return new StreamableHttpClientTransport(this);
    }
  }
}
