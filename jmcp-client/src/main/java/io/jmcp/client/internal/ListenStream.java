package io.jmcp.client.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.McpChannel;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.subscriptions.SubscriptionFilter;
import io.jmcp.schema.subscriptions.SubscriptionsAcknowledgedNotification;
import io.jmcp.schema.subscriptions.SubscriptionsListenRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The client's {@code subscriptions/listen} request (2026-07-28): open while the client wants
 * list changes or resource updates, replaced when what it wants changes, reopened if the server
 * ends it, cancelled when the client closes. The notifications themselves reach the client's
 * listeners like any other.
 */
public final class ListenStream implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ListenStream.class);
  /** The request lasts as long as the client wants it; the peer needs some timeout. */
  private static final Duration FOREVER = Duration.ofDays(3650);
  private static final int MAX_REOPENS = 3;

  private final McpChannel channel;
  private final Supplier<CallOptions> options;
  private final Duration ackTimeout;
  /** Read without the lock: the acknowledgement arrives while {@link #listen} holds it. */
  private volatile @Nullable Open current;
  private SubscriptionFilter wanted = SubscriptionFilter.NONE;
  private boolean closed;
  private int reopens;

  /** @param options the call options of the listen request (the envelope of the revision) */
  public ListenStream(McpChannel channel, Supplier<CallOptions> options, Duration ackTimeout) {
    this.channel = channel;
    this.options = options;
    this.ackTimeout = ackTimeout;
  }

  /**
   * Listens for exactly {@code filter} from now on (nothing when it asks for nothing); returns
   * once the server acknowledged, with what it will send.
   */
  public synchronized SubscriptionFilter listen(SubscriptionFilter filter) {
    if (closed || filter.equals(wanted) && current != null) {
      return current == null ? SubscriptionFilter.NONE : current.honoured;
    }
    wanted = filter;
    stop();
    if (isEmpty(filter)) {
      return SubscriptionFilter.NONE;
    }
    reopens = 0;
    return open(filter);
  }

  private SubscriptionFilter open(SubscriptionFilter filter) {
    RequestId id = channel.peer().reserveId();
    Open listening = new Open(id);
    current = listening;
    CompletableFuture<JsonNode> request = channel.sendRaw(id, SubscriptionsListenRequest.METHOD,
        McpJson.toObject(SubscriptionsListenRequest.of(filter)),
        options.get().withTimeout(FOREVER), null, true);
    listening.request = request;
    request.whenComplete((result, error) -> ended(listening, error));
    try {
      listening.honoured = listening.acknowledged.get(ackTimeout.toMillis(),
          TimeUnit.MILLISECONDS);
      return listening.honoured;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return SubscriptionFilter.NONE;
    } catch (ExecutionException | TimeoutException e) {
      LOG.debug("The server did not acknowledge listen request {}: {}", id, e.getMessage());
      stop();
      return SubscriptionFilter.NONE;
    }
  }

  /**
   * Hears the acknowledgement of the current listen request; returns whether {@code
   * notification} is for the client at all: one tagged with a subscription that is no longer
   * current (a stream being closed) is not.
   */
  public boolean onNotification(JsonRpcNotification notification) {
    JsonNode id = notification.params() == null ? null
        : notification.params().path("_meta").get(Meta.SUBSCRIPTION_ID);
    if (id == null) {
      return true;
    }
    Open listening = current;
    if (listening == null || !sameId(id, listening.id)) {
      return false;
    }
    if (SubscriptionsAcknowledgedNotification.METHOD.equals(notification.method())) {
      SubscriptionFilter honoured;
      try {
        honoured = McpJson.fromTree(notification.params().get("notifications"),
            SubscriptionFilter.class);
      } catch (IllegalArgumentException e) {
        honoured = SubscriptionFilter.NONE;
      }
      listening.acknowledged.complete(honoured);
      return false;
    }
    return true;
  }

  /** JSON numbers of different widths name the same id. */
  private static boolean sameId(JsonNode json, RequestId id) {
    try {
      return McpJson.fromTree(json, RequestId.class).equals(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void ended(Open listening, @Nullable Throwable error) {
    boolean wasWorking = listening.acknowledged.isDone()
        && !listening.acknowledged.isCompletedExceptionally();
    listening.acknowledged.completeExceptionally(error != null ? error
        : new IllegalStateException("the listen request ended before its acknowledgement"));
    synchronized (this) {
      if (closed || current != listening) {
        return;
      }
      current = null;
      // Only a stream that worked is worth reopening; one refused at once would be refused again.
      if (!wasWorking || reopens >= MAX_REOPENS) {
        return;
      }
    }
    // The server (or the connection) ended a stream the client still wants: listen again.
    Thread.ofVirtual().name("jmcp-listen-reopen").start(() -> {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        return;
      }
      synchronized (this) {
        if (closed || current != null || isEmpty(wanted)) {
          return;
        }
        reopens++;
        open(wanted);
      }
    });
  }

  private void stop() {
    Open listening = current;
    current = null;
    if (listening != null && listening.request != null) {
      listening.request.cancel(true);
    }
  }

  private static boolean isEmpty(SubscriptionFilter filter) {
    return !filter.wantsToolsListChanged() && !filter.wantsPromptsListChanged()
        && !filter.wantsResourcesListChanged() && filter.subscribedUris().isEmpty();
  }

  @Override
  public synchronized void close() {
    closed = true;
    stop();
  }

  private static final class Open {
    final RequestId id;
    final CompletableFuture<SubscriptionFilter> acknowledged = new CompletableFuture<>();
    volatile @Nullable CompletableFuture<JsonNode> request;
    volatile SubscriptionFilter honoured = SubscriptionFilter.NONE;

    Open(RequestId id) {
      this.id = id;
    }
  }
}
