package io.jmcp.schema.elicitation;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import io.jmcp.schema.tasks.TaskMetadata;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Asks the user to visit a URL for an interaction that must not pass through the client (2025-11-25+).
 *
 * @param elicitationId identifies the elicitation (required in 2025-11-25, gone in 2026-07-28)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ElicitUrlRequest(
    String message,
    String url,
    @Nullable String elicitationId,
    @Nullable TaskMetadata task,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ElicitRequest {

  public ElicitUrlRequest {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(url, "url");
    extra = Immutable.extra(extra);
  }

  @JsonProperty(value = "mode", access = JsonProperty.Access.READ_ONLY)
  public String mode() {
    return "url";
  }
}
