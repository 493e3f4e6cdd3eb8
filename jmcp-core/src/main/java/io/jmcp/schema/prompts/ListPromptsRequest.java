package io.jmcp.schema.prompts;

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
 * Lists the server's prompts, one page at a time.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListPromptsRequest(
    @Nullable String cursor,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements PaginatedRequest<ListPromptsResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "prompts/list";

  public ListPromptsRequest {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<ListPromptsResult> resultType() {
    return ListPromptsResult.class;
  }

  public static ListPromptsRequest first() {
    return new ListPromptsRequest(null, null, Map.of());
  }

  @Override
  public ListPromptsRequest withCursor(@Nullable String newCursor) {
    return new ListPromptsRequest(newCursor, meta, extra);
  }
}
