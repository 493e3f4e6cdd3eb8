package io.jmcp.schema.resources;

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
 * Lists the server's resources, one page at a time.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListResourcesRequest(
    @Nullable String cursor,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements PaginatedRequest<ListResourcesResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "resources/list";

  public ListResourcesRequest {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<ListResourcesResult> resultType() {
    return ListResourcesResult.class;
  }

  public static ListResourcesRequest first() {
    return new ListResourcesRequest(null, null, Map.of());
  }

  @Override
  public ListResourcesRequest withCursor(@Nullable String newCursor) {
    return new ListResourcesRequest(newCursor, meta, extra);
  }
}
