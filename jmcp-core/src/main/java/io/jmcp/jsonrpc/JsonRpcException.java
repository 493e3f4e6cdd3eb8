package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The root of every exception jmcp throws, unchecked.
 *
 * <p>Thrown by a request handler, it becomes the JSON-RPC error response: its {@link #code()},
 * message and {@link #data()} go on the wire as they are (so they must not leak secrets). Thrown
 * to a caller, it is the error the peer answered with. The local subclasses
 * ({@link RequestTimeoutException}, {@link RequestCancelledException},
 * {@link ConnectionClosedException}) never came from the wire and carry no code of their own.
 */
public class JsonRpcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient @Nullable JsonNode data;
  private boolean fromPeer;

  public JsonRpcException(int code, String message) {
    this(code, message, null, null);
  }

  public JsonRpcException(int code, String message, @Nullable JsonNode data) {
    this(code, message, data, null);
  }

  public JsonRpcException(int code, String message, @Nullable JsonNode data,
      @Nullable Throwable cause) {
    super(message, cause);
    this.code = code;
    this.data = data;
  }

  /** The exception for an error response that arrived from the peer. */
  public static JsonRpcException fromError(JsonRpcError error) {
    JsonRpcException exception = new JsonRpcException(error.code(), error.message(), error.data());
    exception.fromPeer = true;
    return exception;
  }

  public static JsonRpcException invalidParams(String message) {
    return new JsonRpcException(ErrorCodes.INVALID_PARAMS, message);
  }

  public static JsonRpcException methodNotFound(String message) {
    return new JsonRpcException(ErrorCodes.METHOD_NOT_FOUND, message);
  }

  public static JsonRpcException invalidRequest(String message) {
    return new JsonRpcException(ErrorCodes.INVALID_REQUEST, message);
  }

  public static JsonRpcException internalError(String message) {
    return new JsonRpcException(ErrorCodes.INTERNAL_ERROR, message);
  }

  /** Whether this is an error response the peer sent (rather than one raised on this side). */
  public boolean isFromPeer() {
    return fromPeer;
  }

  /**
   * Whether this failure happened on this side without any error from the peer (timeout,
   * cancellation, closed connection). Its code is only what it becomes if it reaches the wire.
   */
  public boolean isLocal() {
    return false;
  }

  /** The JSON-RPC error code. */
  public int code() {
    return code;
  }

  /** The optional {@code data} member of the error. */
  public @Nullable JsonNode data() {
    return data;
  }

  /** The error as it goes on the wire. */
  public JsonRpcError toError() {
    String message = getMessage();
    return new JsonRpcError(code, message == null ? ErrorCodes.describe(code) : message, data);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " [" + code + "] " + getMessage();
  }
}
