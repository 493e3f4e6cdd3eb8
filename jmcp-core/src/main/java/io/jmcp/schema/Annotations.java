package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Hints to the client about how to use or display an object; all optional.
 *
 * @param audience who the object is for
 * @param priority importance from 0 (least) to 1 (most)
 * @param lastModified ISO 8601 time of the last change (2025-06-18+)
 * @param extra members this revision does not define, kept for round trips
 */
public record Annotations(
    @Nullable List<Role> audience,
    @Nullable Double priority,
    @Nullable String lastModified,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Annotations {
    audience = Immutable.list(audience);
    extra = Immutable.extra(extra);
  }
}
