package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Advice to the client on choosing a model; every field optional.
 *
 * @param hints model name substrings, in order of preference
 * @param extra members this revision does not define, kept for round trips
 */
public record ModelPreferences(
    @Nullable List<ModelHint> hints,
    @Nullable Double costPriority,
    @Nullable Double speedPriority,
    @Nullable Double intelligencePriority,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ModelPreferences {
    hints = Immutable.list(hints);
    extra = Immutable.extra(extra);
  }
}
