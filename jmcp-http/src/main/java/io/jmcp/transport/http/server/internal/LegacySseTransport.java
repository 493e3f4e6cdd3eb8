package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.transport.http.SseEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The transport of one 2024-11-05 HTTP+SSE session: everything the server sends goes down the
 * one event stream as {@code message} events; client messages arrive by POST. The session lasts
 * as long as the stream's connection.
 */
public final class LegacySseTransport implements Transport {

  private final SseSink sink;
  private final JsonRpcCodec codec;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable MessageReceiver receiver;

  public LegacySseTransport(SseSink sink, JsonRpcCodec codec) {
    this.sink = sink;
    this.codec = codec;
  }

  @Override
  public void start(MessageReceiver messageReceiver) {
    this.receiver = messageReceiver;
  }

  public void deliver(JsonRpcMessage message, TransportContext context) {
    MessageReceiver target = receiver;
    if (target == null || closed.get()) {
      throw new ConnectionClosedException("the session is closed");
    }
    target.onMessage(message, context);
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    if (closed.get() || !sink.write(new SseEvent(null, "message", codec.encodeToString(message),
        null))) {
      close();
      throw new ConnectionClosedException("the event stream is closed");
    }
  }

  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      sink.finish();
      MessageReceiver target = receiver;
      if (target != null) {
        target.onClose(null);
      }
    }
  }
}
