package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A block of content in a sampling message: {@code text}, {@code image}, {@code audio}, and from
 * 2025-11-25 {@code tool_use} and {@code tool_result}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(TextContent.class),
    @JsonSubTypes.Type(ImageContent.class),
    @JsonSubTypes.Type(AudioContent.class),
    @JsonSubTypes.Type(ToolUseContent.class),
    @JsonSubTypes.Type(ToolResultContent.class)
})
public sealed interface SamplingContent
    permits TextContent, ImageContent, AudioContent, ToolUseContent, ToolResultContent {
}
