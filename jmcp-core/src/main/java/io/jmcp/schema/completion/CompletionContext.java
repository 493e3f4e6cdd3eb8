package io.jmcp.schema.completion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Arguments already resolved, for context-aware completion.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record CompletionContext(
    @Nullable Map<String, String> arguments,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public CompletionContext {
    arguments = Immutable.map(arguments);
    extra = Immutable.extra(extra);
  }
}
