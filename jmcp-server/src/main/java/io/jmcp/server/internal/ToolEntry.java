package io.jmcp.server.internal;

import io.jmcp.core.jsonschema.JsonSchemaValidator;
import io.jmcp.server.ServerTool;
import org.jspecify.annotations.Nullable;

/** A tool with its schemas compiled once, at registration, so a bad schema fails early. */
public record ToolEntry(ServerTool tool, JsonSchemaValidator input, @Nullable JsonSchemaValidator output) {

  static ToolEntry of(ServerTool tool) {
    try {
      JsonSchemaValidator input = JsonSchemaValidator.compile(tool.tool().inputSchema());
      JsonSchemaValidator output = tool.tool().outputSchema() == null ? null
          : JsonSchemaValidator.compile(tool.tool().outputSchema());
      return new ToolEntry(tool, input, output);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Tool '" + tool.name() + "' has an unusable schema: " + e.getMessage(), e);
    }
  }

  String name() {
    return tool.name();
  }
}
