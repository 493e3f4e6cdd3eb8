package io.jmcp.schema.prompts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A rendered prompt.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record GetPromptResult(
    @Nullable String description,
    List<PromptMessage> messages,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public GetPromptResult {
    Objects.requireNonNull(messages, "messages");
    messages = List.copyOf(messages);
    extra = Immutable.extra(extra);
  }

  public static GetPromptResult of(@Nullable String description, PromptMessage... messages) {
    return new GetPromptResult(description, List.of(messages), null, Map.of());
  }
}
