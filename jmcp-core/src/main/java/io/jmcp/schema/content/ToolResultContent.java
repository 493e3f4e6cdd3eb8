package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Meta;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The result of a tool use, sent back in a sampling message (2025-11-25+).
 *
 * @param toolUseId the {@link ToolUseContent#id()} answered
 * @param meta the {@code _meta} object
 */
@JsonTypeName("tool_result")
public record ToolResultContent(String toolUseId, List<ContentBlock> content,
    @Nullable JsonNode structuredContent, @Nullable Boolean isError,
    @JsonProperty("_meta") @Nullable Meta meta) implements SamplingContent {

  public ToolResultContent {
    Objects.requireNonNull(toolUseId, "toolUseId");
    content = List.copyOf(content);
  }
}
