package io.jmcp.schema.completion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Identifies a resource template (or URI) to complete variables for.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record ResourceTemplateReference(
    String uri,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements CompletionReference {

  public ResourceTemplateReference {
    Objects.requireNonNull(uri, "uri");
    extra = Immutable.extra(extra);
  }

  public static ResourceTemplateReference of(String uri) {
    return new ResourceTemplateReference(uri, Map.of());
  }
}
