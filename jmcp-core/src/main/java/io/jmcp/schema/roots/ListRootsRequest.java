package io.jmcp.schema.roots;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Asks the client for its roots.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListRootsRequest(
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerRequest<ListRootsResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "roots/list";

  public ListRootsRequest {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<ListRootsResult> resultType() {
    return ListRootsResult.class;
  }

  public static ListRootsRequest of() {
    return new ListRootsRequest(null, Map.of());
  }
}
