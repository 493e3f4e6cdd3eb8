package io.jmcp.test;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Wraps a transport and records every message it sends and receives, in order, so tests can
 * assert on the exact traffic and validate it.
 */
public final class WireRecorder implements Transport {

  /** Which way a recorded message went, seen from the wrapped side. */
  public enum Direction { SENT, RECEIVED }

  /** One recorded message. */
  public record Recorded(Direction direction, JsonRpcMessage message) {

    /** The message as JSON, exactly as the codec writes it. */
    public JsonNode json() {
      return io.jmcp.schema.McpJson.mapper().readTree(
          JsonRpcCodec.standard().encode(message));
    }
  }

  private final Transport delegate;
  private final List<Recorded> messages = new CopyOnWriteArrayList<>();

  public WireRecorder(Transport delegate) {
    this.delegate = delegate;
  }

  /** Everything recorded so far, in order. */
  public List<Recorded> messages() {
    return List.copyOf(messages);
  }

  /** Only what the wrapped side sent. */
  public List<JsonRpcMessage> sent() {
    return messages.stream().filter(m -> m.direction() == Direction.SENT)
        .map(Recorded::message).toList();
  }

  /** Only what the wrapped side received. */
  public List<JsonRpcMessage> received() {
    return messages.stream().filter(m -> m.direction() == Direction.RECEIVED)
        .map(Recorded::message).toList();
  }

  @Override
  public void start(MessageReceiver receiver) {
    delegate.start(new MessageReceiver() {
      @Override
      public void onMessage(JsonRpcMessage message, TransportContext context) {
        messages.add(new Recorded(Direction.RECEIVED, message));
        receiver.onMessage(message, context);
      }

      @Override
      public void onMalformed(MalformedMessageException error, TransportContext context) {
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
    messages.add(new Recorded(Direction.SENT, message));
    delegate.send(message, relatedRequest);
  }

  @Override
  public @Nullable String peerIdentity() {
    return delegate.peerIdentity();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
