package io.jmcp.schema.tasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The state of a task (2025-11-25).
 *
 * @param createdAt ISO 8601
 * @param lastUpdatedAt ISO 8601
 * @param ttl retention in ms from creation; null means unlimited (always written)
 * @param pollInterval suggested polling interval in ms
 * @param extra members this revision does not define, kept for round trips
 */
public record Task(
    String taskId,
    TaskStatus status,
    @Nullable String statusMessage,
    String createdAt,
    String lastUpdatedAt,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long ttl,
    @Nullable Long pollInterval,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Task {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
    extra = Immutable.extra(extra);
  }
}
