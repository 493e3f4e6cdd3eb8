package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.Capability;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Task-augmented requests the peer can receive (2025-11-25 experimental tasks). Settings are kept as JSON.
 *
 * @param requests which requests may be task-augmented, e.g. {@code {"tools":{"call":{}}}}
 * @param extra members this revision does not define, kept for round trips
 */
public record TasksCapability(
    @Nullable Capability list,
    @Nullable Capability cancel,
    @Nullable ObjectNode requests,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public TasksCapability {
    extra = Immutable.extra(extra);
  }
}
