package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;

/**
 * Carries messages to one peer and delivers the peer's messages: nothing else. Framing, process
 * handling and HTTP live in implementations; ids, dispatch and timeouts live in
 * {@link JsonRpcPeer}.
 *
 * <p>Implementations must accept {@link #send} from any thread.
 */
public interface Transport extends AutoCloseable {

  /**
   * Starts delivering inbound messages to {@code receiver}. Called once. Messages from one
   * transport are delivered in the order they arrived when the transport is ordered (stdio,
   * in-memory); HTTP transports may deliver concurrently.
   */
  void start(MessageReceiver receiver);

  /**
   * Sends one message.
   *
   * @param relatedRequest the inbound request this message belongs to (a progress notification or
   *     a nested request issued while handling it), so transports with per-request streams can
   *     route it; {@code null} when unrelated
   * @throws ConnectionClosedException if the transport is closed or broken
   */
  void send(JsonRpcMessage message, @Nullable RequestId relatedRequest);

  /** Sends one message unrelated to any inbound request. */
  default void send(JsonRpcMessage message) {
    send(message, null);
  }

  /**
   * What names the peer across connections (a server's URL, a server's command line), so a
   * client can remember what it learned about that server; null when nothing stable names it.
   */
  default @Nullable String peerIdentity() {
    return null;
  }

  /** Stops delivering and releases resources; further sends fail. Idempotent. */
  @Override
  void close();
}
