package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How a tool may be executed (2025-11-25 experimental tasks).
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record ToolExecution(
    @Nullable TaskSupport taskSupport,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ToolExecution {
    extra = Immutable.extra(extra);
  }
}
