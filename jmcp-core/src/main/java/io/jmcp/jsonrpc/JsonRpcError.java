package io.jmcp.jsonrpc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The {@code error} member of an error response. See {@link ErrorCodes} for the codes. */
public record JsonRpcError(int code, String message, @Nullable JsonNode data) {

  public JsonRpcError {
    Objects.requireNonNull(message, "message");
  }

  public static JsonRpcError of(int code, String message) {
    return new JsonRpcError(code, message, null);
  }
}
