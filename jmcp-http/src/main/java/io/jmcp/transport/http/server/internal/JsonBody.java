package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.JsonRpcBatch;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcResponse;
import io.jmcp.jsonrpc.RequestId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a POST in JSON-response mode: collects the awaited responses and hands them over
 * as one body (an object, or an array for a batch). Other messages cannot ride on it.
 */
public final class JsonBody implements RequestStream {

  private final Set<RequestId> awaiting;
  private final boolean batch;
  private final List<JsonRpcResponse> responses = new ArrayList<>();
  private final CountDownLatch done = new CountDownLatch(1);

  JsonBody(Set<RequestId> awaiting, boolean batch) {
    this.awaiting = new HashSet<>(awaiting);
    this.batch = batch;
  }

  @Override
  public boolean carriesNotifications() {
    return false;
  }

  @Override
  public synchronized void publish(JsonRpcMessage message) {
    if (message instanceof JsonRpcBatch many) {
      many.messages().forEach(this::publish);
      return;
    }
    if (message instanceof JsonRpcResponse response) {
      responses.add(response);
      if (response.id() != null) {
        awaiting.remove(response.id());
      }
      if (awaiting.isEmpty()) {
        done.countDown();
      }
    }
  }

  /** The body to send once every response is in, or null if the session closed first. */
  public @Nullable JsonRpcMessage await(Duration patience) throws InterruptedException {
    if (!done.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
      return null;
    }
    synchronized (this) {
      if (responses.isEmpty()) {
        return null;
      }
      return batch ? new JsonRpcBatch(List.<JsonRpcMessage>copyOf(responses)) : responses.getFirst();
    }
  }

  @Override
  public void close() {
    done.countDown();
  }
}
