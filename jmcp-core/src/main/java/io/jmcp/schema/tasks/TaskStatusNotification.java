package io.jmcp.schema.tasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientNotification;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A task changed state (optional; never rely on it).
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record TaskStatusNotification(
    String taskId,
    TaskStatus status,
    @Nullable String statusMessage,
    String createdAt,
    String lastUpdatedAt,
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long ttl,
    @Nullable Long pollInterval,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientNotification, ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/tasks/status";

  public TaskStatusNotification {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }
}
