package io.jmcp.jsonrpc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One side of a JSON-RPC 2.0 connection: sends requests and matches their responses, dispatches
 * the peer's requests to a {@link RequestHandler} (one virtual thread each, at most
 * {@link Builder#maxConcurrentRequests} at a time) and its notifications to a
 * {@link NotificationHandler}, times requests out, and cancels in both directions through a
 * {@link CancellationProtocol}.
 *
 * <p>Malformed input is answered when its id can be read and logged otherwise; responses to
 * unknown ids are logged and dropped; a duplicate id of a request still in flight is refused. None
 * of these stop the connection.
 */
public final class JsonRpcPeer implements AutoCloseable {

  static final Logger LOG = LoggerFactory.getLogger(JsonRpcPeer.class);

  /** Handlers running (and answering) now; its monitor signals when one ends. */
  private final int[] handling = {0};
  private final String name;
  private final Transport transport;
  private final RequestHandler requestHandler;
  private final NotificationHandler notificationHandler;
  private final CancellationProtocol cancellation;
  private final BooleanSupplier batchesAllowed;
  private final java.util.function.Predicate<JsonRpcRequest> inline;
  private final Duration defaultTimeout;
  private final Semaphore permits;
  private final int maxQueuedRequests;
  private final AtomicInteger queuedRequests = new AtomicInteger();
  private final AtomicLong nextId = new AtomicLong(1);
  private final ConcurrentHashMap<RequestId, PendingRequest> pending = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RequestId, InboundRequest> inflight = new ConcurrentHashMap<>();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CompletableFuture<@Nullable Throwable> closedFuture = new CompletableFuture<>();

  private JsonRpcPeer(Builder builder) {
    this.name = builder.name;
    this.transport = builder.transport;
    this.requestHandler = builder.requestHandler;
    this.notificationHandler = builder.notificationHandler;
    this.cancellation = builder.cancellation;
    this.batchesAllowed = builder.batchesAllowed;
    this.inline = builder.inline;
    this.defaultTimeout = builder.defaultTimeout;
    this.permits = new Semaphore(builder.maxConcurrentRequests);
    this.maxQueuedRequests = builder.maxQueuedRequests;
  }

  public static Builder builder(Transport transport) {
    return new Builder(transport);
  }

  /** Starts reading from the transport. Call once, after the peer is fully wired. */
  public void start() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("already started");
    }
    transport.start(new Receiver());
  }

  /** A short name used in logs and thread names. */
  public String name() {
    return name;
  }

  /** Whether the connection has closed. */
  public boolean isClosed() {
    return closed.get();
  }

  /** Completes when the connection closes, with the cause if it broke, else {@code null}. */
  public CompletableFuture<@Nullable Throwable> closed() {
    return closedFuture;
  }

  // ---------------------------------------------------------------- outbound

  /**
   * Sends a request; the future completes with the result, or exceptionally with a
   * {@link JsonRpcException} (the peer's error), {@link RequestTimeoutException} or
   * {@link ConnectionClosedException}. Cancelling the future abandons the request and tells the
   * peer.
   */
  public CompletableFuture<JsonNode> request(String method, @Nullable JsonNode params,
      RequestOptions options) {
    return request(method, params, options, null);
  }

  /** Sends a request and waits for its result; interrupting the caller cancels the request. */
  public JsonNode call(String method, @Nullable JsonNode params, RequestOptions options) {
    return await(method, request(method, params, options));
  }

  /**
   * A fresh id for a request sent later with {@link #request(RequestId, String, JsonNode,
   * RequestOptions, RequestId)}, for protocols that put the id inside the params (MCP uses it as the
   * progress token).
   */
  public RequestId reserveId() {
    return RequestId.of(nextId.getAndIncrement());
  }

  CompletableFuture<JsonNode> request(String method, @Nullable JsonNode params,
      RequestOptions options, @Nullable RequestId relatedRequest) {
    return request(reserveId(), method, params, options, relatedRequest);
  }

  /**
   * Sends a request under an id from {@link #reserveId()}.
   *
   * @param relatedRequest the inbound request this one is issued for, so transports with
   *     per-request streams can route it; null when unrelated
   */
  public CompletableFuture<JsonNode> request(RequestId id, String method,
      @Nullable JsonNode params, RequestOptions options, @Nullable RequestId relatedRequest) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(options, "options");
    CompletableFuture<JsonNode> future = new CompletableFuture<>();
    if (closed.get()) {
      future.completeExceptionally(new ConnectionClosedException("Connection " + name + " is closed"));
      return future;
    }
    Duration timeout = options.timeout() != null ? options.timeout() : defaultTimeout;
    PendingRequest outbound = new PendingRequest(id, method, options, timeout, future,
        this::timedOut);
    if (pending.putIfAbsent(id, outbound) != null) {
      throw new IllegalArgumentException("request id " + id + " is already pending");
    }
    outbound.arm();
    future.whenComplete((result, error) -> {
      if (error instanceof CancellationException) {
        abandon(outbound, "Cancelled by the caller");
      }
    });
    try {
      transport.send(new JsonRpcRequest(id, method, params), relatedRequest);
    } catch (RuntimeException e) {
      if (pending.remove(id, outbound)) {
        outbound.disarm();
        future.completeExceptionally(e instanceof JsonRpcException ? e
            : new ConnectionClosedException("Could not send " + method + ": " + e.getMessage(), e));
      }
    }
    return future;
  }

  /** Sends a notification. */
  public void notify(String method, @Nullable JsonNode params) {
    transport.send(new JsonRpcNotification(method, params), null);
  }

  void sendRelated(JsonRpcMessage message, RequestId relatedRequest) {
    transport.send(message, relatedRequest);
  }

  /**
   * Restarts the timeout clock of an outbound request (e.g. on progress), within its
   * {@link RequestOptions#maxTotalTimeout()}. Unknown ids are ignored.
   */
  public void resetTimeout(RequestId id) {
    PendingRequest outbound = pending.get(id);
    if (outbound != null) {
      outbound.arm();
    }
  }

  /**
   * Waits for the result of a request: interruption cancels the request (and re-asserts the
   * interrupt), a failure is rethrown as the {@link JsonRpcException} it was.
   */
  public static <T> T await(String method, CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new RequestCancelledException("Interrupted while waiting for " + method);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof JsonRpcException jsonRpc) {
        throw jsonRpc;
      }
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          method + " failed: " + (cause == null ? e : cause), null, cause);
    } catch (CancellationException e) {
      throw new RequestCancelledException(method + " was cancelled");
    }
  }

  private void abandon(PendingRequest outbound, String reason) {
    if (!pending.remove(outbound.id, outbound)) {
      return;
    }
    outbound.disarm();
    if (outbound.options.cancellable() && !closed.get()) {
      JsonRpcNotification cancel = cancellation.cancelNotification(outbound.id, reason);
      if (cancel != null) {
        try {
          transport.send(cancel, null);
        } catch (RuntimeException e) {
          LOG.debug("[{}] Could not send cancellation of {}", name, outbound.id, e);
        }
      }
    }
  }

  private void timedOut(PendingRequest outbound) {
    if (pending.get(outbound.id) != outbound) {
      return;
    }
    abandon(outbound, "Request timed out");
    outbound.future.completeExceptionally(
        new RequestTimeoutException(outbound.method, outbound.timeout));
  }

  // ---------------------------------------------------------------- inbound

  private void dispatch(JsonRpcMessage message, TransportContext context,
      @Nullable BatchReply batch) {
    switch (message) {
      case JsonRpcRequest request -> onRequest(request, context, batch);
      case JsonRpcNotification notification -> onNotification(notification, context);
      case JsonRpcResponse response -> onResponse(response);
      case JsonRpcBatch inner -> throw new IllegalStateException("nested batch");
    }
  }

  private void onBatch(JsonRpcBatch batch, TransportContext context) {
    if (!batchesAllowed.getAsBoolean()) {
      LOG.warn("[{}] Refusing a batch of {} messages: batches are not allowed here", name,
          batch.messages().size());
      for (JsonRpcMessage message : batch.messages()) {
        if (message instanceof JsonRpcRequest request) {
          send(new JsonRpcErrorResponse(request.id(), JsonRpcError.of(ErrorCodes.INVALID_REQUEST,
              "Invalid request: JSON-RPC batches are not supported by this protocol revision")),
              request.id());
        }
      }
      return;
    }
    long requests = batch.messages().stream().filter(JsonRpcRequest.class::isInstance).count();
    BatchReply reply = requests == 0 ? null
        : new BatchReply((int) requests, answers -> send(answers, null));
    for (JsonRpcMessage message : batch.messages()) {
      dispatch(message, context, reply);
    }
  }

  private void onRequest(JsonRpcRequest request, TransportContext context,
      @Nullable BatchReply batch) {
    if (closed.get()) {
      return;
    }
    InboundRequest call = new InboundRequest(this, request, context);
    if (inflight.putIfAbsent(request.id(), call) != null) {
      LOG.warn("[{}] Refusing request {} ({}): the id is already in use", name, request.id(),
          request.method());
      reply(batch, new JsonRpcErrorResponse(request.id(), JsonRpcError.of(
          ErrorCodes.INVALID_REQUEST, "Invalid request: id " + request.id() + " is already in use")));
      return;
    }
    if (queuedRequests.incrementAndGet() > maxQueuedRequests) {
      queuedRequests.decrementAndGet();
      inflight.remove(request.id(), call);
      LOG.warn("[{}] Refusing request {} ({}): {} requests already waiting", name, request.id(),
          request.method(), maxQueuedRequests);
      reply(batch, new JsonRpcErrorResponse(request.id(), JsonRpcError.of(
          ErrorCodes.INTERNAL_ERROR, "Server busy: too many concurrent requests")));
      return;
    }
    if (inline.test(request)) {
      // Handled before the next message is even read, so what follows it sees its effect.
      handle(call, batch);
      return;
    }
    Thread.ofVirtual().name("jmcp-" + name + "-" + request.method())
        .start(() -> handle(call, batch));
  }

  private void handle(InboundRequest call, @Nullable BatchReply batch) {
    synchronized (handling) {
      handling[0]++;
    }
    try {
      handleCounted(call, batch);
    } finally {
      synchronized (handling) {
        handling[0]--;
        handling.notifyAll();
      }
    }
  }

  /**
   * Waits until no inbound request is being handled (every handler returned and its response
   * went out), for an orderly close; false if {@code patience} ran out first.
   */
  public boolean awaitQuiet(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    synchronized (handling) {
      while (handling[0] > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        handling.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  private void handleCounted(InboundRequest call, @Nullable BatchReply batch) {
    call.bind(Thread.currentThread());
    boolean acquired = false;
    JsonRpcResponse response = null;
    try {
      permits.acquire();
      acquired = true;
      queuedRequests.decrementAndGet();
      if (!call.isCancelled()) {
        JsonNode result = requestHandler.handle(call);
        response = new JsonRpcResult(call.id(),
            result == null ? JsonNodeFactory.instance.objectNode() : result);
      }
    } catch (JsonRpcException e) {
      response = new JsonRpcErrorResponse(call.id(), e.toError());
    } catch (InterruptedException e) {
      if (!call.isCancelled()) {
        response = internalError(call, e);
      }
    } catch (Exception | StackOverflowError e) {
      response = internalError(call, e);
    } finally {
      if (!acquired) {
        queuedRequests.decrementAndGet();
      } else {
        permits.release();
      }
      boolean mayRespond = call.finish();
      inflight.remove(call.id(), call);
      Thread.interrupted();
      if (mayRespond && response != null) {
        reply(batch, response);
      } else if (batch != null) {
        batch.skip();
      }
    }
  }

  private JsonRpcErrorResponse internalError(InboundRequest call, Throwable e) {
    LOG.error("[{}] Handler for {} (request {}) failed", name, call.method(), call.id(), e);
    return new JsonRpcErrorResponse(call.id(),
        JsonRpcError.of(ErrorCodes.INTERNAL_ERROR, "Internal error"));
  }

  private void reply(@Nullable BatchReply batch, JsonRpcResponse response) {
    if (batch != null) {
      batch.add(response);
    } else {
      send(response, response.id());
    }
  }

  private void onNotification(JsonRpcNotification notification, TransportContext context) {
    CancellationProtocol.Cancellation cancel = cancellation.cancellation(notification);
    if (cancel != null) {
      InboundRequest call = inflight.get(cancel.requestId());
      if (call != null && call.cancel(cancel.reason())) {
        LOG.debug("[{}] Request {} cancelled by the peer: {}", name, cancel.requestId(),
            cancel.reason());
      }
      return;
    }
    try {
      notificationHandler.handle(notification, context);
    } catch (RuntimeException e) {
      LOG.error("[{}] Handler for notification {} failed", name, notification.method(), e);
    }
  }

  private void onResponse(JsonRpcResponse response) {
    RequestId id = response.id();
    PendingRequest outbound = id == null ? null : pending.remove(id);
    if (outbound == null) {
      if (response instanceof JsonRpcErrorResponse error) {
        LOG.warn("[{}] Peer reported an error{}: {} {}", name,
            id == null ? "" : " for unknown request " + id, error.error().code(),
            error.error().message());
      } else {
        LOG.debug("[{}] Dropping response to unknown or abandoned request {}", name, id);
      }
      return;
    }
    outbound.disarm();
    switch (response) {
      case JsonRpcResult result -> outbound.future.complete(result.result());
      case JsonRpcErrorResponse error ->
          outbound.future.completeExceptionally(JsonRpcException.fromError(error.error()));
    }
  }

  private void onMalformed(MalformedMessageException error) {
    if (error.requestId() != null) {
      LOG.warn("[{}] Answering malformed request {}: {}", name, error.requestId(),
          error.getMessage());
      send(new JsonRpcErrorResponse(error.requestId(), error.toError()), error.requestId());
    } else {
      LOG.warn("[{}] Ignoring malformed input: {}", name, error.getMessage());
    }
  }

  private void send(JsonRpcMessage message, @Nullable RequestId related) {
    try {
      transport.send(message, related);
    } catch (RuntimeException e) {
      LOG.debug("[{}] Could not send {}: {}", name, message.getClass().getSimpleName(),
          e.toString());
    }
  }

  // ---------------------------------------------------------------- closing

  /** Closes the transport, fails pending requests and cancels running handlers. Idempotent. */
  @Override
  public void close() {
    try {
      transport.close();
    } finally {
      shutdown(null);
    }
  }

  private void shutdown(@Nullable Throwable cause) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ConnectionClosedException closedError = new ConnectionClosedException(
        "Connection " + name + " closed" + (cause == null ? "" : ": " + cause.getMessage()), cause);
    List<PendingRequest> abandoned = new ArrayList<>(pending.values());
    pending.clear();
    for (PendingRequest outbound : abandoned) {
      outbound.disarm();
      outbound.future.completeExceptionally(closedError);
    }
    for (InboundRequest call : new ArrayList<>(inflight.values())) {
      call.cancel("Connection closed");
    }
    closedFuture.complete(cause);
  }

  // ---------------------------------------------------------------- internals

  private final class Receiver implements MessageReceiver {
    @Override
    public void onMessage(JsonRpcMessage message, TransportContext context) {
      if (message instanceof JsonRpcBatch batch) {
        onBatch(batch, context);
      } else {
        dispatch(message, context, null);
      }
    }

    @Override
    public void onMalformed(MalformedMessageException error, TransportContext context) {
      JsonRpcPeer.this.onMalformed(error);
    }

    @Override
    public void onClose(@Nullable Throwable cause) {
      shutdown(cause);
    }
  }

  /** Configures a {@link JsonRpcPeer}. */
  public static final class Builder {
    private final Transport transport;
    private String name = "peer";
    private RequestHandler requestHandler = request -> {
      throw JsonRpcException.methodNotFound("Method not found: " + request.method());
    };
    private NotificationHandler notificationHandler = (notification, context) -> {
    };
    private CancellationProtocol cancellation = CancellationProtocol.NONE;
    private BooleanSupplier batchesAllowed = () -> false;
    private java.util.function.Predicate<JsonRpcRequest> inline = request -> false;
    private Duration defaultTimeout = Duration.ofSeconds(60);
    private int maxConcurrentRequests = 64;
    private int maxQueuedRequests = 1024;

    private Builder(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
    }

    public Builder name(String value) {
      this.name = Objects.requireNonNull(value);
      return this;
    }

    public Builder requestHandler(RequestHandler handler) {
      this.requestHandler = Objects.requireNonNull(handler);
      return this;
    }

    public Builder notificationHandler(NotificationHandler handler) {
      this.notificationHandler = Objects.requireNonNull(handler);
      return this;
    }

    public Builder cancellation(CancellationProtocol protocol) {
      this.cancellation = Objects.requireNonNull(protocol);
      return this;
    }

    /** Whether an inbound batch is acceptable right now (asked per batch). Default: never. */
    public Builder batches(BooleanSupplier allowed) {
      this.batchesAllowed = Objects.requireNonNull(allowed);
      return this;
    }

    /**
     * Requests to handle on the delivering thread instead of a thread of their own: messages
     * behind them on an ordered transport wait until they are answered. For short requests that
     * change what later ones may do (a protocol handshake). Default: none.
     */
    public Builder inline(java.util.function.Predicate<JsonRpcRequest> requests) {
      this.inline = Objects.requireNonNull(requests);
      return this;
    }

    public Builder defaultTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.defaultTimeout = timeout;
      return this;
    }

    /** How many inbound requests run at once; more wait their turn. Default 64. */
    public Builder maxConcurrentRequests(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
      }
      this.maxConcurrentRequests = value;
      return this;
    }

    /** How many inbound requests may wait or run before new ones are refused. Default 1024. */
    public Builder maxQueuedRequests(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxQueuedRequests must be at least 1");
      }
      this.maxQueuedRequests = value;
      return this;
    }

    public JsonRpcPeer build() {
      return new JsonRpcPeer(this);
    }
  }
}
