package io.jmcp.jsonrpc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A one-way message; the receiver never answers it. */
public record JsonRpcNotification(String method, @Nullable JsonNode params)
    implements JsonRpcMessage {

  public JsonRpcNotification {
    Objects.requireNonNull(method, "method");
  }
}
