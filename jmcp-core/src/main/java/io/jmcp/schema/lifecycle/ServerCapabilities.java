package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.Capability;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a server offers. An open set: unknown capabilities are kept.
 *
 * @param completions 2025-03-26+
 * @param tasks 2025-11-25 only
 * @param extensions 2026-07-28
 * @param extra members this revision does not define, kept for round trips
 */
public record ServerCapabilities(
    @Nullable Map<String, JsonNode> experimental,
    @Nullable Capability logging,
    @Nullable Capability completions,
    @Nullable PromptsCapability prompts,
    @Nullable ResourcesCapability resources,
    @Nullable ToolsCapability tools,
    @Nullable TasksCapability tasks,
    @Nullable Map<String, JsonNode> extensions,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ServerCapabilities {
    experimental = Immutable.map(experimental);
    extensions = Immutable.map(extensions);
    extra = Immutable.extra(extra);
  }

  /** Nothing offered. */
  public static final ServerCapabilities NONE = new ServerCapabilities(null, null, null, null, null, null, null,
      null, Map.of());
}
