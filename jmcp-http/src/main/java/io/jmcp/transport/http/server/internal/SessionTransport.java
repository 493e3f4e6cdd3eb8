package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcBatch;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResponse;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.transport.http.server.EventStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport of one Streamable HTTP session. Inbound messages arrive from POST handlers;
 * outbound ones are routed: a response to the stream of the POST that carried its request, a
 * message about a request to that request's stream, anything else to the session's standalone GET
 * stream (kept in the event store until a GET connects, so nothing is lost).
 */
public final class SessionTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(SessionTransport.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EventStore store;
  private final JsonRpcCodec codec;
  private final String streamPrefix;
  private final AtomicLong streamCounter = new AtomicLong();
  private final Map<RequestId, RequestStream> byRequest = new ConcurrentHashMap<>();
  private final Map<String, EventStream> byStreamId = new ConcurrentHashMap<>();
  private final EventStream standalone;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable MessageReceiver receiver;
  private volatile @Nullable RequestId initializeId;
  private volatile @Nullable ProtocolVersion version;

  public SessionTransport(EventStore store, JsonRpcCodec codec) {
    this.store = store;
    this.codec = codec;
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    this.streamPrefix = HexFormat.of().formatHex(bytes);
    this.standalone = new EventStream(streamPrefix + "-get", store, codec, Set.of(), true);
    byStreamId.put(standalone.id(), standalone);
  }

  @Override
  public void start(MessageReceiver messageReceiver) {
    this.receiver = messageReceiver;
  }

  /** The revision the session negotiated, once its initialize result went out. */
  public @Nullable ProtocolVersion version() {
    return version;
  }

  /** A new answer stream for the requests of one POST. */
  public EventStream openStream(Set<RequestId> requests) {
    EventStream stream = new EventStream(streamPrefix + "-" + streamCounter.incrementAndGet(),
        store, codec, requests, false);
    byStreamId.put(stream.id(), stream);
    requests.forEach(id -> byRequest.put(id, stream));
    return stream;
  }

  /** A JSON body answering the requests of one POST. */
  public JsonBody openJsonBody(Set<RequestId> requests, boolean batch) {
    JsonBody body = new JsonBody(requests, batch);
    requests.forEach(id -> byRequest.put(id, body));
    return body;
  }

  public EventStream standalone() {
    return standalone;
  }

  /** The stream an event id belongs to, for resumption. */
  public @Nullable EventStream streamOfEvent(String eventId) {
    String streamId = store.streamOf(eventId);
    return streamId == null ? null : byStreamId.get(streamId);
  }

  /** Hands inbound messages (one POST body) to the session. */
  public void deliver(JsonRpcMessage message, TransportContext context) {
    MessageReceiver target = receiver;
    if (target == null || closed.get()) {
      throw new ConnectionClosedException("the session is closed");
    }
    if (message instanceof JsonRpcRequest request
        && InitializeRequest.METHOD.equals(request.method())) {
      initializeId = request.id();
    }
    target.onMessage(message, context);
  }

  /** Reports a malformed body that still had a readable id. */
  public void malformed(MalformedMessageException error, TransportContext context) {
    MessageReceiver target = receiver;
    if (target != null) {
      target.onMalformed(error, context);
    }
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    if (closed.get()) {
      throw new ConnectionClosedException("the session is closed");
    }
    RequestStream target = route(message, relatedRequest);
    target.publish(message);
  }

  private RequestStream route(JsonRpcMessage message, @Nullable RequestId related) {
    RequestId answered = answeredId(message);
    if (answered != null) {
      sniffVersion(message, answered);
      RequestStream stream = byRequest.remove(answered);
      if (message instanceof JsonRpcBatch batch) {
        batch.messages().forEach(m -> {
          RequestId id = answeredId(m);
          if (id != null) {
            byRequest.remove(id);
          }
        });
      }
      if (stream != null) {
        return stream;
      }
      LOG.debug("No open stream for the response to {}; keeping it on the standalone stream",
          answered);
      return standalone;
    }
    if (related != null) {
      RequestStream stream = byRequest.get(related);
      if (stream != null && stream.carriesNotifications()) {
        return stream;
      }
    }
    return standalone;
  }

  private static @Nullable RequestId answeredId(JsonRpcMessage message) {
    if (message instanceof JsonRpcResponse response) {
      return response.id();
    }
    if (message instanceof JsonRpcBatch batch) {
      for (JsonRpcMessage element : batch.messages()) {
        RequestId id = answeredId(element);
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  private void sniffVersion(JsonRpcMessage message, RequestId answered) {
    if (answered.equals(initializeId) && message instanceof JsonRpcResult result) {
      ProtocolVersion.parse(result.result().path("protocolVersion").asString(""))
          .ifPresent(v -> version = v);
    }
  }

  /** Whether any stream still waits for responses or has a live connection. */
  public boolean isBusy() {
    if (standalone.isConnected() || !byRequest.isEmpty()) {
      return true;
    }
    return byStreamId.values().stream().anyMatch(EventStream::isConnected);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    byRequest.values().forEach(RequestStream::close);
    byStreamId.values().forEach(EventStream::close);
    byRequest.clear();
    byStreamId.clear();
    MessageReceiver target = receiver;
    if (target != null) {
      target.onClose(null);
    }
  }

  public boolean isClosed() {
    return closed.get();
  }
}
