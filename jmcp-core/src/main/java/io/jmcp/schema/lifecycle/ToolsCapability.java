package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The server offers tools.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record ToolsCapability(
    @Nullable Boolean listChanged,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ToolsCapability {
    extra = Immutable.extra(extra);
  }
}
