package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Meta;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model asks to use a tool, in a sampling result (2025-11-25+).
 *
 * @param id identifies this use; the matching {@link ToolResultContent} refers to it
 * @param name the tool
 * @param input the tool's arguments
 * @param meta the {@code _meta} object
 */
@JsonTypeName("tool_use")
public record ToolUseContent(String id, String name, ObjectNode input,
    @JsonProperty("_meta") @Nullable Meta meta) implements SamplingContent {

  public ToolUseContent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
  }
}
