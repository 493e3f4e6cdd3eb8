package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Tells the receiver to stop working on a request the sender issued; no response follows.
 *
 * @param requestId the request to cancel (optional in 2025-11-25, where tasks are cancelled otherwise)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record CancelledNotification(
    @Nullable RequestId requestId,
    @Nullable String reason,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientNotification, ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/cancelled";

  public CancelledNotification {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }
}
