package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Icon;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool the model can call: its name, description and the JSON Schema of its arguments.
 *
 * @param name unique within the server
 * @param title display name (2025-06-18+)
 * @param inputSchema JSON Schema of the arguments, root type object
 * @param outputSchema JSON Schema of {@code structuredContent} (2025-06-18+)
 * @param annotations behaviour hints (2025-03-26+)
 * @param execution task support (2025-11-25)
 * @param icons 2025-11-25+
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record Tool(
    String name,
    @Nullable String title,
    @Nullable String description,
    ObjectNode inputSchema,
    @Nullable ObjectNode outputSchema,
    @Nullable ToolAnnotations annotations,
    @Nullable ToolExecution execution,
    @Nullable List<Icon> icons,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Tool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputSchema, "inputSchema");
    icons = Immutable.list(icons);
    extra = Immutable.extra(extra);
  }

  /** A builder for a tool with the given name; the input schema defaults to an object without properties. */
  public static ToolBuilder builder(String name) {
    return new ToolBuilder(name);
  }
}
