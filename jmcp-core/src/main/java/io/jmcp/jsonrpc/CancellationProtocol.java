package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;

/**
 * How a protocol spells cancellation, which JSON-RPC itself leaves undefined. The peer asks it to
 * build the notification it sends when an outbound request is abandoned, and to recognise the
 * peer's cancellations of inbound requests.
 */
public interface CancellationProtocol {

  /** A protocol without cancellation messages: abandoned requests are simply forgotten. */
  CancellationProtocol NONE = new CancellationProtocol() {
    @Override
    public @Nullable JsonRpcNotification cancelNotification(RequestId id, @Nullable String reason) {
      return null;
    }

    @Override
    public @Nullable Cancellation cancellation(JsonRpcNotification notification) {
      return null;
    }
  };

  /** The notification telling the peer to stop working on {@code id}, or null to send nothing. */
  @Nullable JsonRpcNotification cancelNotification(RequestId id, @Nullable String reason);

  /** The cancellation {@code notification} expresses, or null if it is not a cancellation. */
  @Nullable Cancellation cancellation(JsonRpcNotification notification);

  /** A recognised request to cancel {@code requestId}. */
  record Cancellation(RequestId requestId, @Nullable String reason) {
  }
}
