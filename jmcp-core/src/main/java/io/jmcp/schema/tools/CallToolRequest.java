package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import io.jmcp.schema.tasks.TaskMetadata;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls a tool.
 *
 * @param task run as a task (2025-11-25)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record CallToolRequest(
    String name,
    @Nullable ObjectNode arguments,
    @Nullable TaskMetadata task,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<CallToolResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "tools/call";

  public CallToolRequest {
    Objects.requireNonNull(name, "name");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<CallToolResult> resultType() {
    return CallToolResult.class;
  }

  public static CallToolRequest of(String name, @Nullable ObjectNode arguments) {
    return new CallToolRequest(name, arguments, null, null, Map.of());
  }
}
