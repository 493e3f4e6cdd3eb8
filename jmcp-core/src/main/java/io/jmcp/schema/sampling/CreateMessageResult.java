package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the client's LLM produced.
 *
 * @param content one block, or several (2025-11-25+)
 * @param stopReason see {@link StopReason}
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record CreateMessageResult(
    Role role,
    @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
        JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<SamplingContent> content,
    String model,
    @Nullable String stopReason,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public CreateMessageResult {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    content = List.copyOf(content);
    Objects.requireNonNull(model, "model");
    extra = Immutable.extra(extra);
  }

  /** A text reply from the given model. */
  public static CreateMessageResult text(String model, String text) {
    return new CreateMessageResult(Role.ASSISTANT, List.of(TextContent.of(text)), model, StopReason.END_TURN,
        null, Map.of());
  }
}
