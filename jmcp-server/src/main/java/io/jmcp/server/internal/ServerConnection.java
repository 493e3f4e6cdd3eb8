package io.jmcp.server.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.McpCancellation;
import io.jmcp.core.McpChannel;
import io.jmcp.core.NotificationLane;
import io.jmcp.core.RevisionAdapter;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.EmptyResult;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.PingRequest;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.schema.lifecycle.InitializeResult;
import io.jmcp.schema.lifecycle.InitializedNotification;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.logging.SetLevelRequest;
import io.jmcp.schema.resources.SubscribeRequest;
import io.jmcp.schema.resources.UnsubscribeRequest;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.roots.ListRootsResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.roots.RootsListChangedNotification;
import io.jmcp.schema.tasks.CancelTaskRequest;
import io.jmcp.schema.tasks.GetTaskPayloadRequest;
import io.jmcp.schema.tasks.GetTaskRequest;
import io.jmcp.schema.tasks.ListTasksRequest;
import io.jmcp.server.ServerSession;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One client's session with a server over the legacy handshake (2024-11-05 to 2025-11-25):
 * {@code initialize} and version negotiation, requests refused before it, capability gating,
 * log level, subscriptions, roots, and dispatch of feature requests to {@link FeatureRequests}.
 */
public final class ServerConnection implements ServerSession {

  private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private enum State { AWAITING_INITIALIZE, INITIALIZED, OPERATIONAL, CLOSED }

  private final Features features;
  private final ServerOptions options;
  private final String id;
  private final JsonRpcPeer peer;
  private final McpChannel channel;
  private final NotificationLane lane;
  private final FeatureRequests requests;
  private final StatelessRequests stateless;
  private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
  private final List<ServerNotification> deferred = new ArrayList<>();
  private volatile State state = State.AWAITING_INITIALIZE;
  private volatile @Nullable ProtocolVersion version;
  private volatile ClientCapabilities clientCapabilities = ClientCapabilities.NONE;
  private volatile Implementation clientInfo = Implementation.of("unknown", "unknown");
  /** Opened without a handshake: nothing is known of the client, and it cannot be called. */
  private volatile boolean sessionless;
  private volatile @Nullable LoggingLevel logLevel;
  private volatile @Nullable List<Root> roots;

  private ServerConnection(Features features, Transport transport) {
    this.features = features;
    this.options = features.options();
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    this.id = HexFormat.of().formatHex(bytes);
    this.peer = JsonRpcPeer.builder(transport)
        .name("server-" + id.substring(0, 8))
        .requestHandler(this::handle)
        .notificationHandler(this::onNotification)
        .cancellation(McpCancellation.INSTANCE)
        .batches(() -> version == ProtocolVersion.V2025_03_26)
        // A client may pipeline requests right behind initialize; they must see its outcome.
        .inline(request -> InitializeRequest.METHOD.equals(request.method()))
        .maxConcurrentRequests(options.maxConcurrentRequests())
        .defaultTimeout(options.clientRequestTimeout())
        .build();
    this.channel = new McpChannel(peer);
    this.lane = new NotificationLane(peer.name());
    this.requests = new FeatureRequests(features);
    this.stateless = new StatelessRequests(features);
  }

  /**
   * Opens a session that skips the handshake: it speaks {@code version} with a client that declared
   * {@code capabilities}. For transports where each request stands alone (stateless HTTP).
   */
  public static ServerConnection openInitialized(Features features, Transport transport,
      ProtocolVersion version, ClientCapabilities capabilities, Implementation clientInfo) {
    ServerConnection connection = new ServerConnection(features, transport);
    connection.version = version;
    connection.clientCapabilities = capabilities;
    connection.clientInfo = clientInfo;
    connection.sessionless = true;
    connection.state = State.OPERATIONAL;
    features.register(connection);
    connection.peer.closed().whenComplete((cause, error) -> connection.onClosed());
    connection.peer.start();
    return connection;
  }

  /** Opens a session on {@code transport} and starts serving it. */
  public static ServerConnection open(Features features, Transport transport) {
    ServerConnection connection = new ServerConnection(features, transport);
    features.register(connection);
    connection.peer.closed().whenComplete((cause, error) -> connection.onClosed());
    connection.peer.start();
    return connection;
  }

  // ------------------------------------------------------------ dispatch

  private @Nullable JsonNode handle(InboundRequest request) throws Exception {
    String method = request.method();
    if (state == State.AWAITING_INITIALIZE && stateless.accepts(request)) {
      // 2026-07-28: the request stands alone; the connection never becomes a session.
      return stateless.handle(request, this);
    }
    if (state == State.AWAITING_INITIALIZE) {
      return switch (method) {
        case InitializeRequest.METHOD -> encode(initialize(request));
        case PingRequest.METHOD -> encode(EmptyResult.empty());
        default -> throw JsonRpcException.invalidRequest("Invalid request: " + method
            + " before initialization; the first request must be initialize");
      };
    }
    ServerRequestContext context = new ServerRequestContext(this, request);
    McpResult result = switch (method) {
      case InitializeRequest.METHOD ->
          throw JsonRpcException.invalidRequest("Invalid request: the session is already initialized");
      case PingRequest.METHOD -> EmptyResult.empty();
      case SetLevelRequest.METHOD -> setLevel(request);
      case SubscribeRequest.METHOD -> subscribe(request, true);
      case UnsubscribeRequest.METHOD -> subscribe(request, false);
      case GetTaskRequest.METHOD, GetTaskPayloadRequest.METHOD, ListTasksRequest.METHOD,
          CancelTaskRequest.METHOD -> requests.legacyTasks().handle(method, request, this);
      default -> requests.handle(method, request, context);
    };
    return encode(result);
  }

  private JsonNode encode(McpResult result) {
    ProtocolVersion negotiated = version;
    return McpJson.toObject(negotiated == null ? result : RevisionAdapter.result(result, negotiated));
  }

  /** Reads the request's params as {@code type}; a mismatch is the client's error (-32602). */
  static <T> T decode(InboundRequest request, Class<T> type) {
    try {
      return McpJson.fromTree(request.params(), type);
    } catch (IllegalArgumentException e) {
      throw JsonRpcException.invalidParams(
          "Invalid params for " + request.method() + ": " + e.getMessage());
    }
  }

  private void onNotification(JsonRpcNotification notification, TransportContext context) {
    switch (notification.method()) {
      case InitializedNotification.METHOD -> {
        List<ServerNotification> held;
        synchronized (this) {
          if (state != State.INITIALIZED) {
            return;
          }
          state = State.OPERATIONAL;
          held = List.copyOf(deferred);
          deferred.clear();
        }
        held.forEach(this::send);
        lane.submit(() -> options.onInitialized().accept(this));
      }
      case ProgressNotification.METHOD -> {
        try {
          channel.onProgress(McpJson.fromTree(notification.params(), ProgressNotification.class));
        } catch (IllegalArgumentException e) {
          LOG.warn("[{}] Ignoring malformed progress notification: {}", peer.name(),
              e.getMessage());
        }
      }
      case RootsListChangedNotification.METHOD -> {
        roots = null;
        lane.submit(() -> options.onRootsChanged().accept(this));
      }
      default -> LOG.debug("[{}] Ignoring notification {}", peer.name(), notification.method());
    }
  }

  // ------------------------------------------------------------ lifecycle

  private synchronized InitializeResult initialize(InboundRequest request) {
    if (state != State.AWAITING_INITIALIZE) {
      throw JsonRpcException.invalidRequest("Invalid request: the session is already initialized");
    }
    InitializeRequest init = decode(request, InitializeRequest.class);
    ProtocolVersion negotiated = negotiate(init.protocolVersion());
    this.clientCapabilities = init.capabilities();
    this.clientInfo = init.clientInfo();
    this.version = negotiated;
    this.state = State.INITIALIZED;
    LOG.debug("[{}] {} {} initialized with protocol {} (asked for {})", peer.name(),
        clientInfo.name(), clientInfo.version(), negotiated, init.protocolVersion());
    return new InitializeResult(negotiated.id(), requests.capabilities(), options.info(),
        options.instructions(), null, Map.of());
  }

  /**
   * The client's version if this server speaks it, else this server's newest handshake revision.
   * A server that speaks only stateless revisions refuses, naming them, since an old client cannot
   * move forward by itself.
   */
  private ProtocolVersion negotiate(String requested) {
    List<ProtocolVersion> legacy = options.legacyVersions();
    if (legacy.isEmpty()) {
      throw RequestFacts.unsupported(requested, options.modernVersions());
    }
    return ProtocolVersion.parse(requested)
        .filter(legacy::contains)
        .orElse(legacy.getLast());
  }

  private void onClosed() {
    state = State.CLOSED;
    features.unregister(this);
    lane.close();
  }

  // ------------------------------------------------------------ session requests

  private EmptyResult setLevel(InboundRequest request) {
    if (!options.logging()) {
      throw JsonRpcException.methodNotFound("Method not found: logging/setLevel (no logging)");
    }
    logLevel = decode(request, SetLevelRequest.class).level();
    return EmptyResult.empty();
  }

  private EmptyResult subscribe(InboundRequest request, boolean subscribe) {
    if (!options.resourcesEnabled()) {
      throw JsonRpcException.methodNotFound(
          "Method not found: resources/" + (subscribe ? "subscribe" : "unsubscribe")
              + " (this server has no resources)");
    }
    String uri = subscribe ? decode(request, SubscribeRequest.class).uri()
        : decode(request, UnsubscribeRequest.class).uri();
    if (subscribe) {
      subscriptions.add(uri);
    } else {
      subscriptions.remove(uri);
    }
    return EmptyResult.empty();
  }

  List<Root> roots(@Nullable RequestId related) {
    if (clientCapabilities.roots() == null) {
      throw refusal().missing("roots", "list roots");
    }
    List<Root> cached = roots;
    if (cached != null) {
      return cached;
    }
    ListRootsResult result = channel.call(ListRootsRequest.of(),
        CallOptions.timeout(options.clientRequestTimeout()), related);
    // Only a client that promises change notifications lets us keep the answer.
    if (Boolean.TRUE.equals(clientCapabilities.roots().listChanged())) {
      roots = result.roots();
    }
    return result.roots();
  }

  /** How this session refuses a question the client cannot answer (-32021). */
  ClientInputRules.Refusal refusal() {
    if (!sessionless) {
      return ClientInputRules.UNDECLARED;
    }
    return (capability, action) -> ClientInputRules.missingCapability("The server cannot "
        + action + " here: the request has no session (stateless HTTP), so no request can be "
        + "sent to the client", capability);
  }

  void log(LoggingLevel level, @Nullable String logger, Object data,
      @Nullable InboundRequest related) {
    LoggingLevel threshold = logLevel;
    if (!options.logging() || state == State.AWAITING_INITIALIZE
        || (threshold != null && !level.isAtLeast(threshold))) {
      return;
    }
    LoggingMessageNotification message =
        new LoggingMessageNotification(level, logger, McpJson.toTree(data), null, Map.of());
    if (related != null) {
      related.notify(message.method(), McpJson.toObject(message));
    } else {
      notify(message);
    }
  }

  McpChannel channel() {
    return channel;
  }

  ServerOptions options() {
    return options;
  }

  boolean isOperational() {
    return state == State.OPERATIONAL;
  }

  // ------------------------------------------------------------ ServerSession

  @Override
  public String id() {
    return id;
  }

  @Override
  public boolean isInitialized() {
    return state == State.INITIALIZED || state == State.OPERATIONAL;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    ProtocolVersion negotiated = version;
    if (negotiated == null) {
      throw new IllegalStateException("session " + id + " is not initialized");
    }
    return negotiated;
  }

  @Override
  public ClientCapabilities clientCapabilities() {
    return clientCapabilities;
  }

  @Override
  public Implementation clientInfo() {
    return clientInfo;
  }

  @Override
  public @Nullable LoggingLevel logLevel() {
    return logLevel;
  }

  @Override
  public Set<String> subscriptions() {
    return Set.copyOf(subscriptions);
  }

  @Override
  public List<Root> roots() {
    return roots(null);
  }

  @Override
  public void log(LoggingLevel level, @Nullable String logger, Object data) {
    log(level, logger, data, null);
  }

  @Override
  public void notify(ServerNotification notification) {
    synchronized (this) {
      // Between initialize and initialized the client may not be listening yet (the spec lets a
      // server send only pings and logs then): what changed meanwhile is told right after.
      if (state == State.INITIALIZED) {
        deferred.add(notification);
        return;
      }
    }
    send(notification);
  }

  private void send(ServerNotification notification) {
    try {
      channel.notify(notification);
    } catch (JsonRpcException e) {
      LOG.debug("[{}] Could not send {}: {}", peer.name(), notification.method(), e.getMessage());
    }
  }

  @Override
  public CompletableFuture<@Nullable Throwable> closed() {
    return peer.closed();
  }

  @Override
  public void close() {
    peer.close();
  }

  /** Whether the negotiated revision has {@code feature}. */
  boolean supports(ProtocolFeature feature) {
    ProtocolVersion negotiated = version;
    return negotiated != null && negotiated.supports(feature);
  }

  @Override
  public String toString() {
    return "ServerSession[" + id + ", " + clientInfo.name() + ", " + version + "]";
  }
}
