package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.server.McpServer;
import io.jmcp.transport.memory.InMemoryTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A raw client end for sending exactly what a test needs, byte for byte, and seeing exactly
 * what comes back: every message is recorded, and a test waits for the answer to one id while
 * the notifications before it are kept.
 */
final class RawClient implements AutoCloseable {

  private static final JsonRpcCodec CODEC = JsonRpcCodec.of(JsonRpcLimits.DEFAULT);

  final InMemoryTransport transport;
  final LinkedBlockingQueue<JsonRpcMessage> received = new LinkedBlockingQueue<>();
  /** Every message sent and received, in order, for schema validation. */
  final List<WireRecorder.Recorded> log = new CopyOnWriteArrayList<>();

  RawClient(McpServer server) {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    server.connect(pair.server());
    transport = pair.client();
    transport.start(new MessageReceiver() {
      @Override
      public void onMessage(JsonRpcMessage message, TransportContext context) {
        log.add(new WireRecorder.Recorded(WireRecorder.Direction.RECEIVED, message));
        received.add(message);
      }

      @Override
      public void onMalformed(MalformedMessageException error, TransportContext context) {
      }

      @Override
      public void onClose(@Nullable Throwable cause) {
      }
    });
  }

  /** Sends {@code json} as is. */
  void send(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    log.add(new WireRecorder.Recorded(WireRecorder.Direction.SENT, CODEC.decode(bytes)));
    transport.sendRaw(bytes);
  }

  /** Sends {@code json} and returns the next message. */
  JsonRpcMessage call(String json) throws InterruptedException {
    send(json);
    JsonRpcMessage message = received.poll(5, TimeUnit.SECONDS);
    assertThat(message).as("answer to " + json).isNotNull();
    return message;
  }

  /**
   * Sends {@code json} (a request with id {@code id}) and waits for its answer; notifications that
   * came first are in {@link Exchange#notifications()}.
   */
  Exchange exchange(String json, Object id) throws InterruptedException {
    send(json);
    return answerTo(id, Duration.ofSeconds(10));
  }

  /** Waits for the answer to {@code id}. */
  Exchange answerTo(Object id, Duration patience) throws InterruptedException {
    RequestId wanted = id instanceof Number n ? RequestId.of(n.longValue())
        : RequestId.of(id.toString());
    List<JsonRpcNotification> notifications = new ArrayList<>();
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      JsonRpcMessage message = received.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
      assertThat(message).as("the answer to " + wanted).isNotNull();
      switch (message) {
        case JsonRpcNotification n -> notifications.add(n);
        case JsonRpcResult r when r.id().equals(wanted) -> {
          return new Exchange(r, null, notifications);
        }
        case JsonRpcErrorResponse e when wanted.equals(e.id()) -> {
          return new Exchange(null, e, notifications);
        }
        default -> throw new AssertionError("unexpected message before the answer to " + wanted
            + ": " + message);
      }
    }
  }

  /** The next notification, or null if none comes within {@code patience}. */
  @Nullable JsonRpcMessage next(Duration patience) throws InterruptedException {
    return received.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    transport.close();
  }

  /** The answer to one request and the notifications that preceded it. */
  record Exchange(@Nullable JsonRpcResult result, @Nullable JsonRpcErrorResponse error,
      List<JsonRpcNotification> notifications) {

    tools.jackson.databind.JsonNode json() {
      assertThat(result).as("a result, not %s", error).isNotNull();
      return result.result();
    }

    int errorCode() {
      assertThat(error).as("an error, not %s", result).isNotNull();
      return error.error().code();
    }
  }
}
