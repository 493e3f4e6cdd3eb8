package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A capability object with no members of its own: its presence means support. Settings it may carry are kept.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record Capability(
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Capability {
    extra = Immutable.extra(extra);
  }

  /** The plain {@code {}} capability. */
  public static final Capability SUPPORTED = new Capability(Map.of());
}
