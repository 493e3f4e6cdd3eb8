package io.jmcp.schema.tools;

import io.jmcp.schema.Icon;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Builds a {@link Tool}; every field but the name is optional. */
public final class ToolBuilder {

  private final String name;
  private @Nullable String title;
  private @Nullable String description;
  private @Nullable ObjectNode inputSchema;
  private @Nullable ObjectNode outputSchema;
  private @Nullable ToolAnnotations annotations;
  private @Nullable ToolExecution execution;
  private final List<Icon> icons = new ArrayList<>();
  private @Nullable Meta meta;

  ToolBuilder(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public ToolBuilder title(@Nullable String value) {
    this.title = value;
    return this;
  }

  public ToolBuilder description(@Nullable String value) {
    this.description = value;
    return this;
  }

  /** The JSON Schema of the arguments, used exactly as given. */
  public ToolBuilder inputSchema(ObjectNode schema) {
    this.inputSchema = Objects.requireNonNull(schema, "schema");
    return this;
  }

  /** The JSON Schema of {@code structuredContent}, used exactly as given. */
  public ToolBuilder outputSchema(@Nullable ObjectNode schema) {
    this.outputSchema = schema;
    return this;
  }

  public ToolBuilder annotations(@Nullable ToolAnnotations value) {
    this.annotations = value;
    return this;
  }

  public ToolBuilder execution(@Nullable ToolExecution value) {
    this.execution = value;
    return this;
  }

  public ToolBuilder icon(Icon icon) {
    icons.add(icon);
    return this;
  }

  public ToolBuilder meta(@Nullable Meta value) {
    this.meta = value;
    return this;
  }

  public Tool build() {
    ObjectNode schema = inputSchema;
    if (schema == null) {
      // The spec's recommended schema for a tool without parameters.
      schema = McpJson.object().put("type", "object").put("additionalProperties", false);
    }
    return new Tool(name, title, description, schema, outputSchema, annotations, execution,
        icons.isEmpty() ? null : icons, meta, Map.of());
  }
}
