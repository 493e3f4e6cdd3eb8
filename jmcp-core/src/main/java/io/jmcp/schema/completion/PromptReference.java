package io.jmcp.schema.completion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Identifies a prompt to complete arguments for.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record PromptReference(
    String name,
    @Nullable String title,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CompletionReference {

  public PromptReference {
    Objects.requireNonNull(name, "name");
    extra = Immutable.extra(extra);
  }

  public static PromptReference of(String name) {
    return new PromptReference(name, null, Map.of());
  }
}
