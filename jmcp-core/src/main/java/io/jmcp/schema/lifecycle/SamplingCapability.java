package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.Capability;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client can sample from an LLM for the server.
 *
 * @param context it honours {@code includeContext} (2025-11-25+)
 * @param tools it accepts tools in sampling (2025-11-25+)
 * @param extra members this revision does not define, kept for round trips
 */
public record SamplingCapability(
    @Nullable Capability context,
    @Nullable Capability tools,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public SamplingCapability {
    extra = Immutable.extra(extra);
  }
}
