package io.jmcp.schema.tools;

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
 * Lists the server's tools, one page at a time.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListToolsRequest(
    @Nullable String cursor,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements PaginatedRequest<ListToolsResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "tools/list";

  public ListToolsRequest {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<ListToolsResult> resultType() {
    return ListToolsResult.class;
  }

  public static ListToolsRequest first() {
    return new ListToolsRequest(null, null, Map.of());
  }

  @Override
  public ListToolsRequest withCursor(@Nullable String newCursor) {
    return new ListToolsRequest(newCursor, meta, extra);
  }
}
