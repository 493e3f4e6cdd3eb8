package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;

/** The connection to the peer is closed, so a request cannot be sent or will not be answered. */
public final class ConnectionClosedException extends JsonRpcException {

  private static final long serialVersionUID = 1L;

  public ConnectionClosedException(String message) {
    this(message, null);
  }

  public ConnectionClosedException(String message, @Nullable Throwable cause) {
    super(ErrorCodes.INTERNAL_ERROR, message, null, cause);
  }

  @Override
  public boolean isLocal() {
    return true;
  }
}
