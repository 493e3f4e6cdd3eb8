package io.jmcp.schema.mrtr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The server needs input before it can finish ({@code resultType: "input_required"},
 * 2026-07-28): the client answers {@code inputRequests} and retries the request with
 * {@code inputResponses} and, byte for byte, {@code requestState}. Only {@code tools/call},
 * {@code prompts/get} and {@code resources/read} may answer this way.
 *
 * @param inputRequests what the client must answer, by key
 * @param requestState opaque state the client must echo on the retry
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record InputRequiredResult(
    @Nullable InputRequests inputRequests,
    @Nullable String requestState,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public InputRequiredResult {
    if (inputRequests == null && requestState == null) {
      throw new IllegalArgumentException(
          "an InputRequiredResult needs inputRequests, requestState or both");
    }
    extra = Immutable.extra(extra);
  }

  public static InputRequiredResult of(@Nullable InputRequests inputRequests,
      @Nullable String requestState) {
    return new InputRequiredResult(inputRequests, requestState, null, Map.of());
  }
}
