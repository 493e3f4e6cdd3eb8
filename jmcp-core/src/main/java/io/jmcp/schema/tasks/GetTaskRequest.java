package io.jmcp.schema.tasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Asks for the state of a task.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record GetTaskRequest(
    String taskId,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<GetTaskResult>, ServerRequest<GetTaskResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "tasks/get";

  public GetTaskRequest {
    Objects.requireNonNull(taskId, "taskId");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<GetTaskResult> resultType() {
    return GetTaskResult.class;
  }
}
