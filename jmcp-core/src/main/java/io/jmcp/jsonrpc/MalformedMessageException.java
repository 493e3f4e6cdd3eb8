package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;

/**
 * Inbound bytes that are not a valid JSON-RPC message: not JSON ({@link ErrorCodes#PARSE_ERROR}),
 * or JSON of the wrong shape ({@link ErrorCodes#INVALID_REQUEST}). Carries the id when the frame
 * was readable enough to have one, so the peer can still be answered.
 */
public final class MalformedMessageException extends JsonRpcException {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable RequestId requestId;

  public MalformedMessageException(int code, String message, @Nullable RequestId requestId) {
    this(code, message, requestId, null);
  }

  public MalformedMessageException(int code, String message, @Nullable RequestId requestId,
      @Nullable Throwable cause) {
    super(code, message, null, cause);
    this.requestId = requestId;
  }

  /** The id of the request this frame tried to be, if it could be read. */
  public @Nullable RequestId requestId() {
    return requestId;
  }
}
