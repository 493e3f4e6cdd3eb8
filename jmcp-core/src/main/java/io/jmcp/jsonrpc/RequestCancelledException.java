package io.jmcp.jsonrpc;

/**
 * A request was cancelled before it completed: by the caller on this side (the peer has been
 * told), or, inside a handler, by the peer. Local, not a wire error.
 */
public final class RequestCancelledException extends JsonRpcException {

  private static final long serialVersionUID = 1L;

  public RequestCancelledException(String message) {
    super(ErrorCodes.INTERNAL_ERROR, message);
  }

  @Override
  public boolean isLocal() {
    return true;
  }
}
