package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client can list its roots.
 *
 * @param listChanged whether it notifies when roots change
 * @param extra members this revision does not define, kept for round trips
 */
public record RootsCapability(
    @Nullable Boolean listChanged,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public RootsCapability {
    extra = Immutable.extra(extra);
  }
}
