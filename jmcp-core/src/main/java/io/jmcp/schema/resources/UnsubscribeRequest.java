package io.jmcp.schema.resources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.EmptyResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Stops update notifications for a resource (legacy revisions).
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record UnsubscribeRequest(
    String uri,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<EmptyResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "resources/unsubscribe";

  public UnsubscribeRequest {
    Objects.requireNonNull(uri, "uri");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<EmptyResult> resultType() {
    return EmptyResult.class;
  }
}
