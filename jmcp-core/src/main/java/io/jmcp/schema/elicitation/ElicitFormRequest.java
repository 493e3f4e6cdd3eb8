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
 * Asks the user for structured input through a form built from a restricted JSON Schema (2025-06-18+).
 *
 * @param task 2025-11-25
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ElicitFormRequest(
    String message,
    ElicitationSchema requestedSchema,
    @Nullable TaskMetadata task,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ElicitRequest {

  public ElicitFormRequest {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(requestedSchema, "requestedSchema");
    extra = Immutable.extra(extra);
  }

  /** The mode member, written from 2025-11-25 on (absent means form). */
  @JsonProperty(value = "mode", access = JsonProperty.Access.READ_ONLY)
  public String mode() {
    return "form";
  }

  public static ElicitFormRequest of(String message, ElicitationSchema schema) {
    return new ElicitFormRequest(message, schema, null, null, Map.of());
  }
}
