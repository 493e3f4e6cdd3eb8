package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A result that carries nothing but optional {@code _meta}: the answer to ping, setLevel, subscribe and the like.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record EmptyResult(
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public EmptyResult {
    extra = Immutable.extra(extra);
  }

  private static final EmptyResult EMPTY = new EmptyResult(null, Map.of());

  public static EmptyResult empty() {
    return EMPTY;
  }
}
