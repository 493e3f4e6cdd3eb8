package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The user's answer: accepted with content, declined, or cancelled.
 *
 * @param content the submitted values (accepted form mode only)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ElicitResult(
    ElicitAction action,
    @Nullable Map<String, JsonNode> content,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public ElicitResult {
    Objects.requireNonNull(action, "action");
    content = Immutable.map(content);
    extra = Immutable.extra(extra);
  }

  public static ElicitResult accept(Map<String, JsonNode> content) {
    return new ElicitResult(ElicitAction.ACCEPT, content, null, Map.of());
  }

  public static ElicitResult decline() {
    return new ElicitResult(ElicitAction.DECLINE, null, null, Map.of());
  }

  public static ElicitResult cancel() {
    return new ElicitResult(ElicitAction.CANCEL, null, null, Map.of());
  }
}
