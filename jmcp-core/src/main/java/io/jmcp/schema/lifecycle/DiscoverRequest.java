package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Asks a server which revisions it speaks and what it offers (2026-07-28; it replaces
 * {@code initialize}). Every server must answer it; clients may skip it.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record DiscoverRequest(
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<DiscoverResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "server/discover";

  public DiscoverRequest {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<DiscoverResult> resultType() {
    return DiscoverResult.class;
  }

  public static DiscoverRequest of() {
    return new DiscoverRequest(null, Map.of());
  }
}
