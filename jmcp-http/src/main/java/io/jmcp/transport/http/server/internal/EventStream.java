package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.JsonRpcBatch;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcResponse;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.transport.http.SseEvent;
import io.jmcp.transport.http.server.EventStore;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A logical SSE stream of a session: the answer stream of a POST (finished once every awaited
 * response is out) or the session's standalone GET stream (never finished). Every event is kept
 * in the {@link EventStore} before it is written, so a client that lost the connection resumes
 * with {@code Last-Event-ID} on a new one and misses nothing: the stream outlives its connections.
 */
public final class EventStream implements RequestStream {

  private final String id;
  private final EventStore store;
  private final JsonRpcCodec codec;
  private final Set<RequestId> awaiting;
  private final boolean standalone;
  private @Nullable SseSink sink;
  private boolean finished;

  EventStream(String id, EventStore store, JsonRpcCodec codec, Set<RequestId> awaiting,
      boolean standalone) {
    this.id = id;
    this.store = store;
    this.codec = codec;
    this.awaiting = new HashSet<>(awaiting);
    this.standalone = standalone;
  }

  public String id() {
    return id;
  }

  @Override
  public boolean carriesNotifications() {
    return true;
  }

  @Override
  public synchronized void publish(JsonRpcMessage message) {
    String data = codec.encodeToString(message);
    String eventId = store.append(id, data);
    if (sink != null && !sink.write(SseEvent.message(eventId, data))) {
      sink = null;
    }
    answered(message);
    if (!standalone && awaiting.isEmpty() && !finished) {
      finished = true;
      if (sink != null) {
        sink.finish();
        sink = null;
        store.forget(id);
      }
    }
  }

  private void answered(JsonRpcMessage message) {
    if (message instanceof JsonRpcResponse response && response.id() != null) {
      awaiting.remove(response.id());
    } else if (message instanceof JsonRpcBatch batch) {
      batch.messages().forEach(this::answered);
    }
  }

  /**
   * Connects a response to this stream: first what it missed after {@code lastEventId} (a priming
   * event when {@code primeWithRetry} is given and nothing was missed), then live events.
   *
   * @return false if another live connection holds a standalone stream
   */
  public synchronized boolean attach(SseSink newSink, @Nullable String lastEventId,
      @Nullable Duration primeWithRetry) {
    if (standalone && sink != null && !sink.isBroken()) {
      return false;
    }
    if (sink != null) {
      sink.finish();
    }
    boolean replayed = false;
    for (EventStore.StoredEvent event : store.after(id, lastEventId)) {
      replayed = true;
      if (!newSink.write(SseEvent.message(event.id(), event.data()))) {
        return true;
      }
    }
    if (!replayed && primeWithRetry != null) {
      // 2025-11-25 priming: an id the client can resume from even before anything is sent.
      newSink.write(new SseEvent(store.append(id, ""), null, "", primeWithRetry.toMillis()));
    }
    if (finished) {
      newSink.finish();
      store.forget(id);
      return true;
    }
    sink = newSink;
    return true;
  }

  /** Ends the current connection (after a retry hint); later events wait for a resumption. */
  public synchronized void closeForPolling(Duration retry) {
    if (sink != null) {
      sink.write(new SseEvent(store.append(id, ""), null, "", retry.toMillis()));
      sink.finish();
      sink = null;
    }
  }

  /** Whether the stream still expects responses (for sessions deciding when they are idle). */
  public synchronized boolean isOpen() {
    return !finished;
  }

  /** Whether a live connection is attached. */
  public synchronized boolean isConnected() {
    return sink != null && !sink.isBroken();
  }

  @Override
  public synchronized void close() {
    finished = true;
    if (sink != null) {
      sink.finish();
      sink = null;
    }
    store.forget(id);
  }
}
