package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;

/** Where a {@link Transport} delivers what it reads. */
public interface MessageReceiver {

  /** A well-formed inbound message, with what the transport knows about how it arrived. */
  void onMessage(JsonRpcMessage message, TransportContext context);

  /**
   * An inbound frame that could not be decoded. The receiver answers it when an id is known and
   * logs it otherwise; the transport keeps reading.
   */
  void onMalformed(MalformedMessageException error, TransportContext context);

  /** The transport has closed: the peer hung up, the stream ended or {@code cause} broke it. */
  void onClose(@Nullable Throwable cause);
}
