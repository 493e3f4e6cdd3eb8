package io.jmcp.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.transport.memory.InMemoryTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonRpcPeerTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final InMemoryTransport.Pair pair = InMemoryTransport.pair();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  private JsonRpcPeer peer(JsonRpcPeer.Builder builder) {
    JsonRpcPeer peer = builder.name("test").cancellation(new TestCancellation()).build();
    toClose.add(peer);
    peer.start();
    return peer;
  }

  private RawEnd raw() {
    RawEnd raw = new RawEnd(pair.client());
    toClose.add(raw);
    return raw;
  }

  private static ObjectNode obj(String key, String value) {
    return JSON.objectNode().put(key, value);
  }

  @Test
  void answersRequestsWithTheirOwnIds() throws Exception {
    peer(JsonRpcPeer.builder(pair.server())
        .requestHandler(request -> obj("echo", request.params().get("text").stringValue())));
    RawEnd raw = raw();

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"echo\",\"params\":{\"text\":\"a\"}}");
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":\"seven\",\"method\":\"echo\",\"params\":{\"text\":\"b\"}}");

    List<JsonRpcMessage> answers = List.of(raw.next(), raw.next());
    assertThat(answers).containsExactlyInAnyOrder(
        new JsonRpcResult(RequestId.of(7), obj("echo", "a")),
        new JsonRpcResult(RequestId.of("seven"), obj("echo", "b")));
  }

  @Test
  void matchesResponsesToManyConcurrentRequests() throws Exception {
    JsonRpcPeer server = peer(JsonRpcPeer.builder(pair.server())
        .requestHandler(request -> {
          Thread.sleep((long) (Math.random() * 20));
          return request.params();
        }));
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    assertThat(server.isClosed()).isFalse();

    List<CompletableFuture<JsonNode>> futures = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      futures.add(client.request("echo", JSON.objectNode().put("n", i), RequestOptions.DEFAULT));
    }
    for (int i = 0; i < 500; i++) {
      assertThat(futures.get(i).get(10, TimeUnit.SECONDS).get("n").intValue()).isEqualTo(i);
    }
  }

  @Test
  void handlerExceptionsBecomeErrorsWithoutInternals() throws Exception {
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      if (request.method().equals("bad")) {
        throw JsonRpcException.invalidParams("no such thing");
      }
      throw new IllegalStateException("secret detail");
    }));
    RawEnd raw = raw();

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"bad\"}");
    assertThat(raw.next()).isEqualTo(new JsonRpcErrorResponse(RequestId.of(1),
        JsonRpcError.of(ErrorCodes.INVALID_PARAMS, "no such thing")));

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"boom\"}");
    JsonRpcErrorResponse error = (JsonRpcErrorResponse) raw.next();
    assertThat(error.error().code()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
    assertThat(error.error().message()).doesNotContain("secret").doesNotContain("Exception");
  }

  @Test
  void garbageIsLoggedAndTheConnectionKeepsServing() throws Exception {
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> obj("ok", "yes")));
    RawEnd raw = raw();

    raw.send("this is not json");
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":");
    raw.send("[]");
    raw.send("42");
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"x\"}");
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"x\"}");
    assertThat(raw.poll(Duration.ofMillis(200))).isNull();

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"x\"}");
    assertThat(raw.next()).isEqualTo(new JsonRpcResult(RequestId.of(2), obj("ok", "yes")));
  }

  @Test
  void malformedRequestsWithReadableIdsAreAnswered() throws Exception {
    peer(JsonRpcPeer.builder(pair.server()));
    RawEnd raw = raw();

    raw.send("{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"x\"}");
    JsonRpcErrorResponse wrongVersion = (JsonRpcErrorResponse) raw.next();
    assertThat(wrongVersion.id()).isEqualTo(RequestId.of(3));
    assertThat(wrongVersion.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":5}");
    JsonRpcErrorResponse badMethod = (JsonRpcErrorResponse) raw.next();
    assertThat(badMethod.id()).isEqualTo(RequestId.of("s"));
    assertThat(badMethod.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"x\",\"params\":\"str\"}");
    assertThat(((JsonRpcErrorResponse) raw.next()).error().code())
        .isEqualTo(ErrorCodes.INVALID_REQUEST);

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":6}");
    JsonRpcErrorResponse shapeless = (JsonRpcErrorResponse) raw.next();
    assertThat(shapeless.id()).isEqualTo(RequestId.of(6));
    assertThat(shapeless.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
  }

  @Test
  void unknownMethodsGetMethodNotFound() throws Exception {
    peer(JsonRpcPeer.builder(pair.server()));
    RawEnd raw = raw();
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}");
    assertThat(((JsonRpcErrorResponse) raw.next()).error().code())
        .isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
  }

  @Test
  void aDuplicateIdOfARequestInFlightIsRefusedAndTheOriginalCompletes() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      release.await();
      return obj("first", "done");
    }));
    RawEnd raw = raw();

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"slow\"}");
    Thread.sleep(100);
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"slow\"}");
    JsonRpcErrorResponse duplicate = (JsonRpcErrorResponse) raw.next();
    assertThat(duplicate.id()).isEqualTo(RequestId.of(9));
    assertThat(duplicate.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);

    release.countDown();
    assertThat(raw.next()).isEqualTo(new JsonRpcResult(RequestId.of(9), obj("first", "done")));
  }

  @Test
  void responsesToUnknownIdsAreDropped() throws Exception {
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    RawEnd raw = new RawEnd(pair.server());
    toClose.add(raw);

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":12345,\"result\":{}}");
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"x\"}}");
    CompletableFuture<JsonNode> call = client.request("m", null, RequestOptions.DEFAULT);
    JsonRpcRequest sent = (JsonRpcRequest) raw.next();
    raw.send(new JsonRpcResult(sent.id(), obj("fine", "yes")));
    assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo(obj("fine", "yes"));
  }

  @Test
  void peerErrorsReachTheCaller() throws Exception {
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      throw new JsonRpcException(-32002, "Resource not found", obj("uri", "x://y"));
    }));

    assertThatThrownBy(() -> client.call("read", null, RequestOptions.DEFAULT))
        .isInstanceOfSatisfying(JsonRpcException.class, e -> {
          assertThat(e.code()).isEqualTo(-32002);
          assertThat(e.data()).isEqualTo(obj("uri", "x://y"));
        });
  }

  @Test
  void aTimedOutRequestFailsAndIsCancelledAtThePeer() throws Exception {
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    RawEnd raw = new RawEnd(pair.server());
    toClose.add(raw);

    CompletableFuture<JsonNode> call = client.request("slow", null,
        RequestOptions.timeout(Duration.ofMillis(100)));
    JsonRpcRequest sent = (JsonRpcRequest) raw.next();
    JsonRpcNotification cancel = (JsonRpcNotification) raw.next();
    assertThat(cancel.method()).isEqualTo(TestCancellation.METHOD);
    assertThat(cancel.params().get("id").longValue())
        .isEqualTo(((RequestId.Numeric) sent.id()).number());
    assertThatThrownBy(() -> call.get(1, TimeUnit.SECONDS))
        .hasCauseInstanceOf(RequestTimeoutException.class);

    raw.send(new JsonRpcResult(sent.id(), obj("late", "yes")));
    assertThat(client.isClosed()).isFalse();
  }

  @Test
  void resettingTheTimeoutKeepsARequestAliveUpToItsCap() throws Exception {
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    RawEnd raw = new RawEnd(pair.server());
    toClose.add(raw);

    // Wide margins: resets every 100 ms against a 1 s timeout, so scheduling hiccups on a busy
    // machine cannot fire it; the 3 s cap then ends the request although resets go on.
    CompletableFuture<JsonNode> call = client.request("long", null,
        RequestOptions.timeout(Duration.ofSeconds(1)).withMaxTotalTimeout(Duration.ofSeconds(3)));
    JsonRpcRequest sent = (JsonRpcRequest) raw.next();
    long start = System.nanoTime();
    while (System.nanoTime() - start < Duration.ofMillis(1800).toNanos()) {
      Thread.sleep(100);
      client.resetTimeout(sent.id());
    }
    assertThat(call).as("alive past its timeout thanks to resets").isNotDone();
    while (!call.isDone() && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
      Thread.sleep(100);
      client.resetTimeout(sent.id());
    }
    assertThatThrownBy(call::join).hasCauseInstanceOf(RequestTimeoutException.class);
  }

  @Test
  void cancellingAFutureTellsThePeer() throws Exception {
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    RawEnd raw = new RawEnd(pair.server());
    toClose.add(raw);

    CompletableFuture<JsonNode> call = client.request("slow", null, RequestOptions.DEFAULT);
    JsonRpcRequest sent = (JsonRpcRequest) raw.next();
    call.cancel(true);
    JsonRpcNotification cancel = (JsonRpcNotification) raw.next();
    assertThat(cancel.params().get("id").longValue())
        .isEqualTo(((RequestId.Numeric) sent.id()).number());
  }

  @Test
  void interruptingABlockedCallerCancelsTheRequest() throws Exception {
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    RawEnd raw = new RawEnd(pair.server());
    toClose.add(raw);

    AtomicBoolean cancelledSeen = new AtomicBoolean();
    Thread caller = Thread.ofVirtual().start(() -> {
      try {
        client.call("slow", null, RequestOptions.DEFAULT);
      } catch (RequestCancelledException e) {
        cancelledSeen.set(true);
      }
    });
    raw.next();
    caller.interrupt();
    caller.join(5000);
    assertThat(cancelledSeen).isTrue();
    assertThat(((JsonRpcNotification) raw.next()).method()).isEqualTo(TestCancellation.METHOD);
  }

  @Test
  void aCancelledHandlerIsInterruptedAndSendsNoResponse() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicBoolean listenerRan = new AtomicBoolean();
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      request.onCancel(() -> listenerRan.set(true));
      started.countDown();
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted.set(true);
        throw e;
      }
      return obj("should", "not arrive");
    }));
    RawEnd raw = raw();

    raw.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"slow\"}");
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancel\",\"params\":{\"id\":5,\"reason\":\"user\"}}");
    assertThat(raw.poll(Duration.ofMillis(300))).isNull();
    assertThat(interrupted).isTrue();
    assertThat(listenerRan).isTrue();
  }

  @Test
  void cancellationRacingTheResponseIsHarmless() throws Exception {
    AtomicInteger handled = new AtomicInteger();
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      handled.incrementAndGet();
      return obj("fast", "yes");
    }));
    RawEnd raw = raw();

    for (int i = 0; i < 200; i++) {
      raw.send("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"fast\"}");
      raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancel\",\"params\":{\"id\":" + i + "}}");
    }
    raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancel\",\"params\":{\"id\":99999}}");
    raw.send("{\"jsonrpc\":\"2.0\",\"id\":\"after\",\"method\":\"fast\"}");
    JsonRpcMessage message;
    int answered = 0;
    do {
      message = raw.next();
      answered++;
    } while (!(message instanceof JsonRpcResult result && result.id().equals(RequestId.of("after"))));
    assertThat(answered).isBetween(1, 201);
  }

  @Test
  void closingFailsPendingRequestsAndCancelsHandlers() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean handlerCancelled = new AtomicBoolean();
    JsonRpcPeer server = peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      request.onCancel(() -> handlerCancelled.set(true));
      started.countDown();
      Thread.sleep(10_000);
      return null;
    }));
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));

    CompletableFuture<JsonNode> call = client.request("slow", null, RequestOptions.DEFAULT);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    client.close();
    assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConnectionClosedException.class);
    server.closed().get(5, TimeUnit.SECONDS);
    assertThat(handlerCancelled).isTrue();
    assertThat(client.request("after", null, RequestOptions.DEFAULT))
        .failsWithin(Duration.ofSeconds(1));
  }

  @Test
  void batchesAreAnsweredAsOneArrayWhenAllowed() throws Exception {
    peer(JsonRpcPeer.builder(pair.server()).batches(() -> true)
        .requestHandler(request -> obj("m", request.method())));
    RawEnd raw = raw();

    raw.send("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\"},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"note\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"b\"}]");
    JsonRpcBatch batch = (JsonRpcBatch) raw.next();
    assertThat(batch.messages()).containsExactlyInAnyOrder(
        new JsonRpcResult(RequestId.of(1), obj("m", "a")),
        new JsonRpcResult(RequestId.of(2), obj("m", "b")));
  }

  @Test
  void batchesAreRefusedPerRequestWhenNotAllowed() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      calls.incrementAndGet();
      return null;
    }));
    RawEnd raw = raw();

    raw.send("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\"}]");
    JsonRpcErrorResponse refused = (JsonRpcErrorResponse) raw.next();
    assertThat(refused.id()).isEqualTo(RequestId.of(1));
    assertThat(refused.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    assertThat(calls).hasValue(0);
  }

  @Test
  void concurrencyIsLimitedAndExtraRequestsWait() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client()));
    peer(JsonRpcPeer.builder(pair.server()).maxConcurrentRequests(3).requestHandler(request -> {
      int now = running.incrementAndGet();
      maxRunning.accumulateAndGet(now, Math::max);
      Thread.sleep(30);
      running.decrementAndGet();
      return null;
    }));

    List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(client.request("work", null, RequestOptions.DEFAULT));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(maxRunning.get()).isEqualTo(3);
  }

  @Test
  void notificationsArriveInOrderBeforeTheResponseTheyPrecede() throws Exception {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    JsonRpcPeer client = peer(JsonRpcPeer.builder(pair.client())
        .notificationHandler((notification, context) ->
            seen.add(notification.params().get("n").asString())));
    peer(JsonRpcPeer.builder(pair.server()).requestHandler(request -> {
      for (int i = 0; i < 50; i++) {
        request.notify("progress", JSON.objectNode().put("n", i));
      }
      return null;
    }));

    client.call("work", null, RequestOptions.DEFAULT);
    assertThat(seen).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(seen.get(i)).isEqualTo(Integer.toString(i));
    }
  }
}
