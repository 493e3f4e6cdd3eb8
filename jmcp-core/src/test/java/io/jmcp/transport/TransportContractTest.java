package io.jmcp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.RequestOptions;
import io.jmcp.jsonrpc.RequestTimeoutException;
import io.jmcp.jsonrpc.TestCancellation;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every transport must do, written once (VISION §5) and run against each transport by a
 * subclass that says how to connect a client to a {@link ContractServer}: messages both ways,
 * concurrency, order, size, limits, unicode, cancellation and closing.
 */
public abstract class TransportContractTest {

  protected static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Small enough that a test can exceed it cheaply. */
  protected static final JsonRpcLimits SMALL_LIMITS = JsonRpcLimits.DEFAULT
      .withMaxMessageBytes(64 * 1024);

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** The server side of a connection, wherever it runs. */
  @FunctionalInterface
  public interface ServerEnd {

    /** Completes once the server has seen the connection close. */
    CompletableFuture<?> closed();
  }

  /** A client transport connected (once started) to a {@link ContractServer}. */
  public record Connection(Transport client, ServerEnd server) {
  }

  /**
   * Connects a client transport to a running {@link ContractServer}; both sides refuse inbound
   * messages over {@code limits}. The client transport is not started yet.
   */
  protected abstract Connection connect(JsonRpcLimits limits) throws Exception;

  /** For transports whose both ends live in this JVM: serves {@code server} with the contract server. */
  protected static ServerEnd serve(Transport server) {
    JsonRpcPeer peer = ContractServer.start(server);
    return peer::closed;
  }

  private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
  private final List<Integer> progress = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<MalformedMessageException> clientMalformed =
      new LinkedBlockingQueue<>();
  private @Nullable JsonRpcPeer client;
  private @Nullable ServerEnd server;

  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  private JsonRpcPeer client(JsonRpcLimits limits) throws Exception {
    Connection connection = connect(limits);
    server = connection.server();
    client = JsonRpcPeer.builder(new Recording(connection.client()))
        .name("contract-client")
        .cancellation(new TestCancellation())
        .maxConcurrentRequests(256)
        .requestHandler(request -> switch (request.method()) {
          case "clientEcho" -> request.params();
          default -> throw JsonRpcException.methodNotFound(request.method());
        })
        .notificationHandler((notification, context) -> {
          switch (notification.method()) {
            case "started" -> latch(notification.params().get("key").stringValue()).countDown();
            case "progress" -> progress.add(notification.params().get("n").intValue());
            default -> {
            }
          }
        })
        .build();
    client.start();
    return client;
  }

  private JsonRpcPeer client() throws Exception {
    return client(JsonRpcLimits.DEFAULT);
  }

  private CountDownLatch latch(String key) {
    return started.computeIfAbsent(key, k -> new CountDownLatch(1));
  }

  private static ObjectNode text(String value) {
    return JSON.objectNode().put("text", value);
  }

  private static JsonNode call(JsonRpcPeer peer, String method, JsonNode params) {
    return peer.call(method, params, RequestOptions.timeout(WAIT));
  }

  @Test
  void requestsAndResponsesFlowBothWays() throws Exception {
    JsonRpcPeer peer = client();

    assertThat(call(peer, "echo", text("hello"))).isEqualTo(text("hello"));
    assertThat(call(peer, "askClient", text("from the server")))
        .isEqualTo(JSON.objectNode().set("fromClient", text("from the server")));
    assertThatThrownBy(() -> call(peer, "no/such/method", JSON.objectNode()))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(-32601));
  }

  @Test
  void twoHundredConcurrentRequestsAreEachAnsweredWithTheirOwnResult() throws Exception {
    JsonRpcPeer peer = client();

    List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String method = i % 4 == 0 ? "askClient" : "sleepEcho";
      calls.add(peer.request(method, JSON.objectNode().put("n", i), RequestOptions.timeout(WAIT)));
    }
    for (int i = 0; i < 200; i++) {
      JsonNode result = calls.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      JsonNode echoed = i % 4 == 0 ? result.get("fromClient") : result;
      assertThat(echoed.get("n").intValue()).isEqualTo(i);
    }
  }

  @Test
  void notificationsArriveInOrderInBothDirections() throws Exception {
    JsonRpcPeer peer = client();

    for (int i = 0; i < 100; i++) {
      peer.notify("note", JSON.objectNode().put("n", i));
    }
    JsonNode notes = call(peer, "notes", JSON.objectNode());
    assertThat(notes).hasSize(100);
    for (int i = 0; i < 100; i++) {
      assertThat(notes.get(i).intValue()).isEqualTo(i);
    }

    call(peer, "progress", JSON.objectNode().put("count", 50));
    assertThat(progress).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(progress.get(i)).isEqualTo(i);
    }
  }

  @Test
  void aLargeMessageArrivesIntact() throws Exception {
    JsonRpcPeer peer = client();
    StringBuilder large = new StringBuilder(5_000_000);
    Random random = new Random(42);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 \"\\/\n\té漢😀";
    while (large.length() < 5_000_000) {
      large.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String value = large.toString();

    JsonNode echoed = call(peer, "echo", text(value));
    assertThat(echoed.get("text").stringValue()).isEqualTo(value);

    JsonNode bloated = call(peer, "bloat", JSON.objectNode().put("size", 6_000_000));
    assertThat(bloated.get("text").stringValue()).hasSize(6_000_000).matches("x+");
  }

  @Test
  void unicodeArrivesIntact() throws Exception {
    JsonRpcPeer peer = client();
    String value = "emoji 😀👩‍💻🇯🇵, CJK 漢字かなカナ한국어, RTL مرحبا بالعالم שלום, "
        + "combining e\u0301, separators \u2028\u2029, controls \n\r\t\u0000\u001f, "
        + "quotes \"'\\ and a lone BMP edge \uffff";
    ObjectNode params = JSON.objectNode().put("text", value).put("ключ 🔑", "значение");

    assertThat(call(peer, "echo", params)).isEqualTo(params);
    assertThat(call(peer, "askClient", params))
        .isEqualTo(JSON.objectNode().set("fromClient", params));
  }

  @Test
  void anOverLimitMessageIsRefusedWithoutClosingTheConnection() throws Exception {
    JsonRpcPeer peer = client(SMALL_LIMITS);
    RequestOptions shortWait = RequestOptions.timeout(Duration.ofSeconds(1));

    // Too large for the server to read: it never reaches a handler and is not answered.
    CompletableFuture<JsonNode> tooLargeRequest =
        peer.request("echo", text("y".repeat(100_000)), shortWait);
    // Fits on the way in, but the answer is too large for the client to read.
    CompletableFuture<JsonNode> tooLargeAnswer =
        peer.request("bloat", JSON.objectNode().put("size", 100_000), shortWait);

    MalformedMessageException refused = clientMalformed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(refused).isNotNull();
    assertThat(refused.code()).isEqualTo(-32600);
    assertThat(refused.getMessage()).contains("exceeds");
    assertThatThrownBy(() -> tooLargeAnswer.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .hasCauseInstanceOf(RequestTimeoutException.class);
    assertThatThrownBy(() -> tooLargeRequest.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .hasCauseInstanceOf(RequestTimeoutException.class);

    assertThat(call(peer, "echo", text("still here"))).isEqualTo(text("still here"));
    assertThat(call(peer, "count", JSON.objectNode().put("method", "echo")).get("count").intValue())
        .isEqualTo(1);
    assertThat(peer.isClosed()).isFalse();
  }

  @Test
  void cancellationReachesTheHandler() throws Exception {
    JsonRpcPeer peer = client();

    CompletableFuture<JsonNode> blocked = peer.request("block",
        JSON.objectNode().put("key", "cancel-me"), RequestOptions.timeout(WAIT));
    assertThat(latch("cancel-me").await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    blocked.cancel(true);

    JsonNode seen = call(peer, "wasCancelled", JSON.objectNode().put("key", "cancel-me"));
    assertThat(seen.get("interrupted").booleanValue()).isTrue();
    assertThat(seen.get("listenerRan").booleanValue()).isTrue();
    assertThat(call(peer, "echo", text("after"))).isEqualTo(text("after"));
  }

  @Test
  void closingTheClientClosesTheServerAndFailsPendingCalls() throws Exception {
    JsonRpcPeer peer = client();
    CompletableFuture<JsonNode> pending = blockOnTheServer(peer, "client-closes");

    peer.close();

    assertThatThrownBy(() -> pending.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConnectionClosedException.class);
    server.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(peer.request("echo", text("late"), RequestOptions.DEFAULT))
        .failsWithin(WAIT)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(ConnectionClosedException.class);
  }

  @Test
  void closingTheServerClosesTheClientAndFailsPendingCalls() throws Exception {
    JsonRpcPeer peer = client();
    CompletableFuture<JsonNode> pending = blockOnTheServer(peer, "server-closes");

    peer.notify("close", null);

    assertThatThrownBy(() -> pending.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConnectionClosedException.class);
    peer.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(peer.isClosed()).isTrue();
    server.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private CompletableFuture<JsonNode> blockOnTheServer(JsonRpcPeer peer, String key)
      throws InterruptedException {
    CompletableFuture<JsonNode> pending = peer.request("block", JSON.objectNode().put("key", key),
        RequestOptions.timeout(Duration.ofMinutes(2)));
    assertThat(latch(key).await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    return pending;
  }

  /** Passes everything through and keeps what the client's transport could not decode. */
  private final class Recording implements Transport {
    private final Transport delegate;

    Recording(Transport delegate) {
      this.delegate = delegate;
    }

    @Override
    public void start(MessageReceiver receiver) {
      delegate.start(new MessageReceiver() {
        @Override
        public void onMessage(JsonRpcMessage message, TransportContext context) {
          receiver.onMessage(message, context);
        }

        @Override
        public void onMalformed(MalformedMessageException error, TransportContext context) {
          clientMalformed.add(error);
          receiver.onMalformed(error, context);
        }

        @Override
        public void onClose(@Nullable Throwable cause) {
          receiver.onClose(cause);
        }
      });
    }

    @Override
    public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
      delegate.send(message, relatedRequest);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
