package io.jmcp.jsonrpc;

import java.time.Duration;

/** The peer did not answer a request in time; the request has been cancelled. Local, not a wire error. */
public final class RequestTimeoutException extends JsonRpcException {

  private static final long serialVersionUID = 1L;

  private final transient Duration timeout;

  public RequestTimeoutException(String method, Duration timeout) {
    super(ErrorCodes.INTERNAL_ERROR,
        "No response to " + method + " within " + timeout.toMillis() + " ms");
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  @Override
  public boolean isLocal() {
    return true;
  }
}
