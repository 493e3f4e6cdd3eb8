package io.jmcp.schema.tasks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.PaginatedRequest;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lists tasks, one page at a time.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListTasksRequest(
    @Nullable String cursor,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements PaginatedRequest<ListTasksResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "tasks/list";

  public ListTasksRequest {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<ListTasksResult> resultType() {
    return ListTasksResult.class;
  }

  @Override
  public ListTasksRequest withCursor(@Nullable String newCursor) {
    return new ListTasksRequest(newCursor, meta, extra);
  }
}
