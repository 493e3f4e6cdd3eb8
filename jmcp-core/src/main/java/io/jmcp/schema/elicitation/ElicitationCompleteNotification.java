package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An out-of-band URL elicitation finished (2025-11-25).
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ElicitationCompleteNotification(
    String elicitationId,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/elicitation/complete";

  public ElicitationCompleteNotification {
    Objects.requireNonNull(elicitationId, "elicitationId");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }
}
