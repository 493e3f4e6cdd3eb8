package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A hint for model selection: a substring of a model name.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record ModelHint(
    @Nullable String name,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ModelHint {
    extra = Immutable.extra(extra);
  }
}
