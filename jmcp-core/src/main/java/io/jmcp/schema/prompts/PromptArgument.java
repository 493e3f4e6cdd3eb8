package io.jmcp.schema.prompts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An argument a prompt accepts.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record PromptArgument(
    String name,
    @Nullable String title,
    @Nullable String description,
    @Nullable Boolean required,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public PromptArgument {
    Objects.requireNonNull(name, "name");
    extra = Immutable.extra(extra);
  }

  public static PromptArgument required(String name, @Nullable String description) {
    return new PromptArgument(name, null, description, true, Map.of());
  }

  public static PromptArgument optional(String name, @Nullable String description) {
    return new PromptArgument(name, null, description, false, Map.of());
  }
}
