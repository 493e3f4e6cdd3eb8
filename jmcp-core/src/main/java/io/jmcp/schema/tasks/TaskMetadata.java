package io.jmcp.schema.tasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Asks for a request to run as a task (2025-11-25).
 *
 * @param ttl how long to keep the task after creation, in ms
 * @param extra members this revision does not define, kept for round trips
 */
public record TaskMetadata(
    @Nullable Long ttl,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public TaskMetadata {
    extra = Immutable.extra(extra);
  }
}
