package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How the model may use the tools of a sampling request (2025-11-25+).
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record ToolChoice(
    @Nullable ToolChoiceMode mode,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ToolChoice {
    extra = Immutable.extra(extra);
  }
}
