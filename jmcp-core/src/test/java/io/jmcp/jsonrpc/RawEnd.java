package io.jmcp.jsonrpc;

import io.jmcp.transport.memory.InMemoryTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** The scripted side of a connection: sends raw frames, records what arrives. */
final class RawEnd implements AutoCloseable {

  final InMemoryTransport transport;
  final LinkedBlockingQueue<JsonRpcMessage> received = new LinkedBlockingQueue<>();
  final LinkedBlockingQueue<MalformedMessageException> malformed = new LinkedBlockingQueue<>();

  RawEnd(InMemoryTransport transport) {
    this.transport = transport;
    transport.start(new MessageReceiver() {
      @Override
      public void onMessage(JsonRpcMessage message, TransportContext context) {
        received.add(message);
      }

      @Override
      public void onMalformed(MalformedMessageException error, TransportContext context) {
        malformed.add(error);
      }

      @Override
      public void onClose(@Nullable Throwable cause) {
      }
    });
  }

  void send(String json) {
    transport.sendRaw(json.getBytes(StandardCharsets.UTF_8));
  }

  void send(JsonRpcMessage message) {
    transport.send(message);
  }

  JsonRpcMessage next() throws InterruptedException {
    return next(Duration.ofSeconds(5));
  }

  JsonRpcMessage next(Duration wait) throws InterruptedException {
    JsonRpcMessage message = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("nothing arrived within " + wait);
    }
    return message;
  }

  @Nullable JsonRpcMessage poll(Duration wait) throws InterruptedException {
    return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    transport.close();
  }
}
