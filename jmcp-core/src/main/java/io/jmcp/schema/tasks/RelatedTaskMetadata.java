package io.jmcp.schema.tasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The value of {@code _meta["io.modelcontextprotocol/related-task"]}: the task a message belongs to.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record RelatedTaskMetadata(
    String taskId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public RelatedTaskMetadata {
    Objects.requireNonNull(taskId, "taskId");
    extra = Immutable.extra(extra);
  }
}
