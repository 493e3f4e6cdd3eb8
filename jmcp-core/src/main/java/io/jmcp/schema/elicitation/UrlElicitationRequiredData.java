package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The {@code data} of error -32042: the URL elicitations that must complete first (2025-11-25).
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record UrlElicitationRequiredData(
    List<ElicitUrlRequest> elicitations,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public UrlElicitationRequiredData {
    Objects.requireNonNull(elicitations, "elicitations");
    elicitations = List.copyOf(elicitations);
    extra = Immutable.extra(extra);
  }
}
