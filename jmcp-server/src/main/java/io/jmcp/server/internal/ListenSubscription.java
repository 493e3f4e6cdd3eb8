package io.jmcp.server.internal;

import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.prompts.PromptListChangedNotification;
import io.jmcp.schema.resources.ResourceListChangedNotification;
import io.jmcp.schema.resources.ResourceUpdatedNotification;
import io.jmcp.schema.subscriptions.SubscriptionFilter;
import io.jmcp.schema.subscriptions.SubscriptionsAcknowledgedNotification;
import io.jmcp.schema.tools.ToolListChangedNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code subscriptions/listen} request being served (2026-07-28): it receives the server's
 * list changes and resource updates, sends those its filter asks for on the request's own stream
 * tagged with the subscription id (the listen request's id), and holds the request open until
 * the client cancels it or the server ends it.
 */
final class ListenSubscription {

  private static final Logger LOG = LoggerFactory.getLogger(ListenSubscription.class);

  private final InboundRequest request;
  private final SubscriptionFilter filter;
  private final JsonNode subscriptionId;
  private final CountDownLatch ended = new CountDownLatch(1);
  private final List<ServerNotification> early = new ArrayList<>();
  private boolean acknowledged;
  private volatile boolean endedByServer;

  ListenSubscription(InboundRequest request, SubscriptionFilter filter) {
    this.request = request;
    this.filter = filter;
    this.subscriptionId = McpJson.toTree(request.id());
    request.onCancel(ended::countDown);
  }

  /** The subscription id: the listen request's id, as JSON. */
  JsonNode subscriptionId() {
    return subscriptionId;
  }

  /**
   * Sends the acknowledgement, then whatever arrived while it was being set up: the
   * acknowledgement must be the first message of the subscription.
   */
  synchronized void acknowledge() {
    send(new SubscriptionsAcknowledgedNotification(filter, null, Map.of()));
    acknowledged = true;
    early.forEach(this::send);
    early.clear();
  }

  /** Offers a server notification; sent only if the filter asked for its kind. */
  synchronized void offer(ServerNotification notification) {
    if (!wants(notification)) {
      return;
    }
    if (!acknowledged) {
      early.add(notification);
      return;
    }
    send(notification);
  }

  private boolean wants(ServerNotification notification) {
    return switch (notification) {
      case ToolListChangedNotification n -> filter.wantsToolsListChanged();
      case PromptListChangedNotification n -> filter.wantsPromptsListChanged();
      case ResourceListChangedNotification n -> filter.wantsResourcesListChanged();
      case ResourceUpdatedNotification n -> filter.subscribedUris().contains(n.uri());
      default -> false;
    };
  }

  private void send(ServerNotification notification) {
    ObjectNode params = McpJson.toObject(notification);
    ObjectNode meta = params.has("_meta") && params.get("_meta").isObject()
        ? (ObjectNode) params.get("_meta") : params.putObject("_meta");
    meta.set(Meta.SUBSCRIPTION_ID, subscriptionId);
    try {
      request.notify(notification.method(), params);
    } catch (RuntimeException e) {
      LOG.debug("Listen stream {} is gone: {}", subscriptionId, e.getMessage());
      ended.countDown();
    }
  }

  /**
   * Sends a notification of an extension ({@code notifications/tasks}), which the caller has
   * already judged wanted.
   */
  synchronized void offer(String method, ObjectNode params) {
    if (!acknowledged) {
      return;
    }
    ObjectNode meta = params.has("_meta") && params.get("_meta").isObject()
        ? (ObjectNode) params.get("_meta") : params.putObject("_meta");
    meta.set(Meta.SUBSCRIPTION_ID, subscriptionId);
    try {
      request.notify(method, params);
    } catch (RuntimeException e) {
      LOG.debug("Listen stream {} is gone: {}", subscriptionId, e.getMessage());
      ended.countDown();
    }
  }

  /** Blocks until the client cancels the subscription or the server ends it. */
  void await() throws InterruptedException {
    ended.await();
  }

  /** Ends the subscription from the server's side (the request then answers with a result). */
  void end() {
    endedByServer = true;
    ended.countDown();
  }

  /** The resources this stream carries updates of. */
  List<String> subscribedUris() {
    return filter.subscribedUris();
  }

  /** Waits until the listen request's connection has answered it (or {@code patience} ends). */
  void awaitAnswered(java.time.Duration patience) {
    try {
      request.peer().awaitQuiet(patience);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the server ended it (rather than the client or the transport). */
  boolean endedByServer() {
    return endedByServer;
  }
}
