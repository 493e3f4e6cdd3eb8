package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.CancelledNotification;
import io.jmcp.schema.McpJson;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The transport of one 2026-07-28 POST: one request goes in; what the server sends for it (its
 * notifications, then its response) comes out in order, for the servlet to write as one JSON body
 * or an SSE stream. There is no session: the connection behind it lives as long as the POST.
 */
public final class StatelessExchange implements io.jmcp.jsonrpc.Transport {

  /** Put in the outbound queue on close, so that a reply waiting for the next message wakes. */
  private static final Object CLOSED = new Object();

  private final LinkedBlockingQueue<Object> outbound = new LinkedBlockingQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable MessageReceiver receiver;

  @Override
  public void start(MessageReceiver messageReceiver) {
    this.receiver = messageReceiver;
  }

  /** Hands the POST's message to the server. */
  public void deliver(JsonRpcMessage message, TransportContext context) {
    MessageReceiver target = receiver;
    if (target == null || closed.get()) {
      throw new ConnectionClosedException("the exchange is closed");
    }
    target.onMessage(message, context);
  }

  /** The client went away: that is the cancellation of the request (2026-07-28). */
  public void cancel(RequestId id, String reason) {
    MessageReceiver target = receiver;
    if (target != null && !closed.get()) {
      CancelledNotification cancelled =
          new CancelledNotification(id, reason, null, java.util.Map.of());
      target.onMessage(new JsonRpcNotification(cancelled.method(), McpJson.toObject(cancelled)),
          TransportContext.EMPTY);
    }
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    if (closed.get()) {
      throw new ConnectionClosedException("the exchange is closed");
    }
    outbound.add(message);
  }

  /**
   * The next message the server sent, or null if none within {@code patience} or the exchange
   * is closed (see {@link #isClosed()}).
   */
  public @Nullable JsonRpcMessage next(Duration patience) throws InterruptedException {
    Object next = outbound.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    if (next == CLOSED) {
      outbound.add(CLOSED);
      return null;
    }
    return (JsonRpcMessage) next;
  }

  /** Whether the exchange was closed: nothing more will come. */
  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      outbound.add(CLOSED);
      MessageReceiver target = receiver;
      if (target != null) {
        target.onClose(null);
      }
    }
  }
}
