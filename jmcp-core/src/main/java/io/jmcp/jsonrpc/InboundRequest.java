package io.jmcp.jsonrpc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A request from the peer while it is being handled: what was asked, how it arrived, whether the
 * peer has cancelled it, and a way to send messages that belong to it (progress, nested requests),
 * which transports with per-request streams route back to the same stream.
 */
public final class InboundRequest {

  private final JsonRpcPeer peer;
  private final JsonRpcRequest request;
  private final TransportContext context;
  private final List<Runnable> cancelListeners = new ArrayList<>(1);
  private @Nullable Thread thread;
  private boolean cancelled;
  private @Nullable String cancelReason;
  private boolean finished;

  InboundRequest(JsonRpcPeer peer, JsonRpcRequest request, TransportContext context) {
    this.peer = peer;
    this.request = request;
    this.context = context;
  }

  public RequestId id() {
    return request.id();
  }

  public String method() {
    return request.method();
  }

  public @Nullable JsonNode params() {
    return request.params();
  }

  /** What the transport knows about how this request arrived. */
  public TransportContext context() {
    return context;
  }

  /** The peer the request came from. */
  public JsonRpcPeer peer() {
    return peer;
  }

  /** Whether the peer cancelled this request (or the connection closed). */
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /** The reason the peer gave when cancelling, if any. */
  public synchronized @Nullable String cancelReason() {
    return cancelReason;
  }

  /** Throws {@link RequestCancelledException} if the request was cancelled. */
  public void checkCancelled() {
    if (isCancelled()) {
      String reason = cancelReason();
      throw new RequestCancelledException(
          "Request " + id() + " was cancelled" + (reason == null ? "" : ": " + reason));
    }
  }

  /**
   * Runs {@code listener} when the request is cancelled, at once if it already is. Listeners run
   * on the thread that delivers the cancellation and must be quick.
   */
  public void onCancel(Runnable listener) {
    boolean runNow;
    synchronized (this) {
      runNow = cancelled;
      if (!runNow) {
        cancelListeners.add(listener);
      }
    }
    if (runNow) {
      listener.run();
    }
  }

  /** Sends a notification that belongs to this request; dropped once the request is over. */
  public void notify(String method, @Nullable JsonNode params) {
    synchronized (this) {
      if (cancelled || finished) {
        return;
      }
    }
    peer.sendRelated(new JsonRpcNotification(method, params), id());
  }

  /** Sends a request to the peer on behalf of this one (e.g. asking the user while a tool runs). */
  public CompletableFuture<JsonNode> request(String method, @Nullable JsonNode params,
      RequestOptions options) {
    return peer.request(method, params, options, id());
  }

  /** Like {@link #request} but blocks; see {@link JsonRpcPeer#call}. */
  public JsonNode call(String method, @Nullable JsonNode params, RequestOptions options) {
    return JsonRpcPeer.await(method, request(method, params, options));
  }

  synchronized void bind(Thread handlerThread) {
    this.thread = handlerThread;
  }

  /** Marks the request cancelled; returns false if it was already over or cancelled. */
  boolean cancel(@Nullable String reason) {
    List<Runnable> listeners;
    Thread handlerThread;
    synchronized (this) {
      if (cancelled || finished) {
        return false;
      }
      cancelled = true;
      cancelReason = reason;
      listeners = List.copyOf(cancelListeners);
      cancelListeners.clear();
      handlerThread = thread;
    }
    for (Runnable listener : listeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        JsonRpcPeer.LOG.warn("Cancel listener of request {} failed", id(), e);
      }
    }
    if (handlerThread != null) {
      handlerThread.interrupt();
    }
    return true;
  }

  /** Marks the request answered; returns false if it was cancelled, so no response may go out. */
  synchronized boolean finish() {
    if (cancelled || finished) {
      return false;
    }
    finished = true;
    thread = null;
    return true;
  }

  @Override
  public String toString() {
    return "InboundRequest[" + id() + " " + method() + "]";
  }
}
