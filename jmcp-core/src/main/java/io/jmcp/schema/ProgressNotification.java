package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reports progress of a long-running request that carried a progress token.
 *
 * @param progress the progress so far; increases with every notification
 * @param total the total, if known
 * @param message a human-readable message (2025-03-26+)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ProgressNotification(
    ProgressToken progressToken,
    double progress,
    @Nullable Double total,
    @Nullable String message,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientNotification, ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/progress";

  public ProgressNotification {
    Objects.requireNonNull(progressToken, "progressToken");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }
}
