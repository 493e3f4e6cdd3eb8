package io.jmcp.core;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpNotification;
import io.jmcp.schema.McpRequest;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProgressToken;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed MCP calls over a {@link JsonRpcPeer}: encodes request records, decodes results into their
 * types, and routes progress notifications to the listener of the request they belong to (the
 * request id doubles as its progress token), restarting its timeout if asked.
 */
public final class McpChannel {

  private final JsonRpcPeer peer;
  private final ConcurrentHashMap<ProgressToken, Tracked> progress = new ConcurrentHashMap<>();

  public McpChannel(JsonRpcPeer peer) {
    this.peer = peer;
  }

  public JsonRpcPeer peer() {
    return peer;
  }

  /**
   * Sends {@code request}; the future completes with the decoded result.
   *
   * @param relatedRequest the inbound request this one serves (routes it to that request's stream)
   * @param cancellable whether abandoning it sends {@code notifications/cancelled}
   */
  public <R extends McpResult> CompletableFuture<R> send(McpRequest<R> request, CallOptions options,
      @Nullable RequestId relatedRequest, boolean cancellable) {
    ObjectNode params = McpJson.toObject(request);
    CompletableFuture<JsonNode> raw = sendRaw(peer.reserveId(), request.method(), params, options,
        relatedRequest, cancellable);
    CompletableFuture<R> typed = raw.thenApply(node -> decode(request, node));
    // Cancelling the typed future must abandon the request itself, which tells the peer.
    typed.whenComplete((result, error) -> {
      if (error instanceof java.util.concurrent.CancellationException) {
        raw.cancel(true);
      }
    });
    return typed;
  }

  /**
   * Sends a request given as JSON params under id {@code id} (from {@link JsonRpcPeer#reserveId});
   * the future completes with the raw result. The options' {@code _meta} entries are merged into
   * the params' {@code _meta}; a progress listener adds a progress token.
   */
  public CompletableFuture<JsonNode> sendRaw(RequestId id, String method, ObjectNode params,
      CallOptions options, @Nullable RequestId relatedRequest, boolean cancellable) {
    JsonNode existing = params.get("_meta");
    Meta meta = existing != null && existing.isObject() ? McpJson.fromTree(existing, Meta.class)
        : null;
    if (options.meta() != null) {
      Meta merged = meta == null ? Meta.empty() : meta;
      for (Map.Entry<String, JsonNode> entry : options.meta().entries().entrySet()) {
        merged = merged.with(entry.getKey(), entry.getValue());
      }
      meta = merged;
    }
    ProgressToken token = null;
    if (options.onProgress() != null) {
      token = progressToken(id);
      meta = (meta == null ? Meta.empty() : meta).withProgressToken(token);
      progress.put(token, new Tracked(id, options.onProgress(), options.resetTimeoutOnProgress()));
    }
    if (meta != null && !meta.isEmpty()) {
      params.set("_meta", McpJson.toTree(meta));
    } else {
      params.remove("_meta");
    }
    ProgressToken registered = token;
    CompletableFuture<JsonNode> raw = peer.request(id, method, params,
        options.toRequestOptions(cancellable), relatedRequest);
    if (registered != null) {
      raw.whenComplete((node, error) -> progress.remove(registered));
    }
    return raw;
  }

  /** The progress token of the request sent under {@code id} (its id doubles as the token). */
  public static ProgressToken progressToken(RequestId id) {
    return switch (id) {
      case RequestId.Numeric n -> ProgressToken.of(n.number());
      case RequestId.Text t -> ProgressToken.of(t.text());
    };
  }

  /**
   * Keeps delivering progress notifications that carry {@code token} to {@code listener} until
   * the returned handle is closed: for requests whose work goes on after their response (a task,
   * whose progress keeps the token of the request that created it).
   */
  public Following followProgress(ProgressToken token, RequestId id,
      ProgressListener listener) {
    Tracked tracked = new Tracked(id, listener, false);
    progress.put(token, tracked);
    return () -> progress.remove(token, tracked);
  }

  /** A progress registration made by {@link #followProgress}. */
  @FunctionalInterface
  public interface Following extends AutoCloseable {
    @Override
    void close();
  }

  /** Sends {@code request} and waits for its result. */
  public <R extends McpResult> R call(McpRequest<R> request, CallOptions options,
      @Nullable RequestId relatedRequest) {
    return JsonRpcPeer.await(request.method(), send(request, options, relatedRequest, true));
  }

  /** Sends a notification. */
  public void notify(McpNotification notification) {
    peer.notify(notification.method(), McpJson.toObject(notification));
  }

  /**
   * Delivers a progress notification to the listener of its request; returns false when no
   * outstanding request of ours carries that token (it is then ignored, as the spec allows).
   */
  public boolean onProgress(ProgressNotification notification) {
    Tracked tracked = progress.get(notification.progressToken());
    if (tracked == null) {
      return false;
    }
    if (tracked.resetTimeout()) {
      peer.resetTimeout(tracked.id());
    }
    tracked.listener().onProgress(notification);
    return true;
  }

  private static <R extends McpResult> R decode(McpRequest<R> request, JsonNode node) {
    try {
      return McpJson.fromTree(node, request.resultType());
    } catch (IllegalArgumentException e) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Invalid " + request.method() + " result from the peer: " + e.getMessage(), null, e);
    }
  }

  private record Tracked(RequestId id, ProgressListener listener, boolean resetTimeout) {
  }
}
