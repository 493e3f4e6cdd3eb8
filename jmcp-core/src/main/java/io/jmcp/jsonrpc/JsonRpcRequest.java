package io.jmcp.jsonrpc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A call that expects exactly one response carrying the same {@link #id()}. */
public record JsonRpcRequest(RequestId id, String method, @Nullable JsonNode params)
    implements JsonRpcMessage {

  public JsonRpcRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
  }
}
