package io.jmcp.transport;

import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestOptions;
import io.jmcp.jsonrpc.TestCancellation;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The server side of every transport contract test, in this JVM or in a child process: a
 * {@link JsonRpcPeer} whose handlers report what they saw through the protocol itself, so a test
 * can ask a server it cannot reach into.
 */
public final class ContractServer {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, Cancellation> cancellations = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final List<Integer> notes = new CopyOnWriteArrayList<>();
  private @Nullable JsonRpcPeer peer;

  private ContractServer() {
  }

  /** Starts a server peer on {@code transport}. */
  public static JsonRpcPeer start(Transport transport) {
    ContractServer server = new ContractServer();
    JsonRpcPeer peer = JsonRpcPeer.builder(transport)
        .name("contract-server")
        .cancellation(new TestCancellation())
        .maxConcurrentRequests(256)
        .requestHandler(server::handle)
        .notificationHandler(server::notification)
        .build();
    server.peer = peer;
    peer.start();
    return peer;
  }

  private @Nullable JsonNode handle(InboundRequest request) throws Exception {
    counts.computeIfAbsent(request.method(), m -> new AtomicInteger()).incrementAndGet();
    JsonNode params = request.params() == null ? JSON.objectNode() : request.params();
    return switch (request.method()) {
      case "echo" -> params;
      case "sleepEcho" -> {
        Thread.sleep((long) (Math.random() * 20));
        yield params;
      }
      case "askClient" -> JSON.objectNode()
          .set("fromClient", request.call("clientEcho", params, RequestOptions.DEFAULT));
      case "block" -> block(request, params.get("key").stringValue());
      case "wasCancelled" -> wasCancelled(params.get("key").stringValue());
      case "notes" -> {
        ArrayNode list = JSON.arrayNode();
        notes.forEach(list::add);
        yield list;
      }
      case "progress" -> {
        for (int i = 0; i < params.get("count").intValue(); i++) {
          request.notify("progress", JSON.objectNode().put("n", i));
        }
        yield JSON.objectNode();
      }
      case "bloat" -> JSON.objectNode().put("text", "x".repeat(params.get("size").intValue()));
      case "count" -> {
        AtomicInteger count = counts.get(params.get("method").stringValue());
        yield JSON.objectNode().put("count", count == null ? 0 : count.get());
      }
      case "env" -> JSON.objectNode().put("value", System.getenv(params.get("name").stringValue()));
      case "cwd" -> JSON.objectNode().put("value", System.getProperty("user.dir"));
      case "print" -> {
        System.out.println("stray output that is not a JSON-RPC message");
        System.out.flush();
        yield JSON.objectNode().put("printed", true);
      }
      default -> throw JsonRpcException.methodNotFound("Method not found: " + request.method());
    };
  }

  private JsonNode block(InboundRequest request, String key) throws InterruptedException {
    Cancellation cancellation = cancellation(key);
    request.onCancel(() -> cancellation.listenerRan.set(true));
    request.notify("started", JSON.objectNode().put("key", key));
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      cancellation.interrupted.countDown();
      throw e;
    }
    return JSON.objectNode();
  }

  private JsonNode wasCancelled(String key) throws InterruptedException {
    Cancellation cancellation = cancellation(key);
    boolean interrupted = cancellation.interrupted.await(10, TimeUnit.SECONDS);
    return JSON.objectNode()
        .put("interrupted", interrupted)
        .put("listenerRan", cancellation.listenerRan.get());
  }

  private Cancellation cancellation(String key) {
    return cancellations.computeIfAbsent(key, k -> new Cancellation());
  }

  private void notification(JsonRpcNotification notification, TransportContext context) {
    switch (notification.method()) {
      case "note" -> notes.add(notification.params().get("n").intValue());
      case "close" -> {
        JsonRpcPeer self = peer;
        if (self != null) {
          self.close();
        }
      }
      default -> {
      }
    }
  }

  private static final class Cancellation {
    final AtomicBoolean listenerRan = new AtomicBoolean();
    final CountDownLatch interrupted = new CountDownLatch(1);
  }
}
