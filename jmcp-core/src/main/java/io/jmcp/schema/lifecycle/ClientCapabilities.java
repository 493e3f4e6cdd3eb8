package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a client supports. An open set: unknown capabilities are kept.
 *
 * @param elicitation 2025-06-18+
 * @param tasks 2025-11-25 only
 * @param extensions extension identifiers and their settings (2026-07-28)
 * @param extra members this revision does not define, kept for round trips
 */
public record ClientCapabilities(
    @Nullable Map<String, JsonNode> experimental,
    @Nullable RootsCapability roots,
    @Nullable SamplingCapability sampling,
    @Nullable ElicitationCapability elicitation,
    @Nullable TasksCapability tasks,
    @Nullable Map<String, JsonNode> extensions,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ClientCapabilities {
    experimental = Immutable.map(experimental);
    extensions = Immutable.map(extensions);
    extra = Immutable.extra(extra);
  }

  /** No optional capabilities. */
  public static final ClientCapabilities NONE = new ClientCapabilities(null, null, null, null, null, null,
      Map.of());
}
