package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;

/** The answer to a request: a result or an error. */
public sealed interface JsonRpcResponse extends JsonRpcMessage
    permits JsonRpcResult, JsonRpcErrorResponse {

  /** The id of the request answered; {@code null} only for errors about unreadable input. */
  @Nullable RequestId id();
}
