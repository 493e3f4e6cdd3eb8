package io.jmcp.jsonrpc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failed response. The id is absent only when the failing request's id could not be read.
 */
public record JsonRpcErrorResponse(@Nullable RequestId id, JsonRpcError error)
    implements JsonRpcResponse {

  public JsonRpcErrorResponse {
    Objects.requireNonNull(error, "error");
  }
}
