package io.jmcp.servers.sequentialthinking;

import io.jmcp.schema.McpJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code sequentialthinking} tool's schemas: the official server's argument names, order,
 * descriptions and bounds. The one difference: the four numbers are listed as integer or string,
 * since the official server also takes {@code "3"} for {@code 3} (clients such as Claude Code
 * send numbers as strings) and jmcp validates arguments against the listed schema.
 */
final class ThinkingSchemas {

  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private ThinkingSchemas() {
  }

  static ObjectNode input() {
    ObjectNode schema = McpJson.object().put("$schema", DRAFT_07).put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("thought").put("type", "string")
        .put("description", "Your current thinking step");
    properties.set("nextThoughtNeeded", bool("Whether another thought step is needed"));
    properties.set("thoughtNumber",
        number("Current thought number (numeric value, e.g., 1, 2, 3)"));
    properties.set("totalThoughts",
        number("Estimated total thoughts needed (numeric value, e.g., 5, 10)"));
    properties.set("isRevision", bool("Whether this revises previous thinking"));
    properties.set("revisesThought", number("Which thought is being reconsidered"));
    properties.set("branchFromThought", number("Branching point thought number"));
    properties.putObject("branchId").put("description", "Branch identifier")
        .put("type", "string");
    properties.set("needsMoreThoughts", bool("If more thoughts are needed"));
    schema.putArray("required").add("thought").add("nextThoughtNeeded").add("thoughtNumber")
        .add("totalThoughts");
    return schema;
  }

  static ObjectNode output() {
    ObjectNode schema = McpJson.object().put("$schema", DRAFT_07).put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("thoughtNumber").put("type", "number");
    properties.putObject("totalThoughts").put("type", "number");
    properties.putObject("nextThoughtNeeded").put("type", "boolean");
    properties.putObject("branches").put("type", "array").putObject("items")
        .put("type", "string");
    properties.putObject("thoughtHistoryLength").put("type", "number");
    schema.putArray("required").add("thoughtNumber").add("totalThoughts")
        .add("nextThoughtNeeded").add("branches").add("thoughtHistoryLength");
    return schema.put("additionalProperties", false);
  }

  private static ObjectNode bool(String description) {
    ObjectNode schema = McpJson.object().put("description", description);
    schema.putArray("type").add("boolean").add("string");
    return schema;
  }

  private static ObjectNode number(String description) {
    ObjectNode schema = McpJson.object().put("description", description);
    schema.putArray("type").add("integer").add("string");
    return schema.put("minimum", 1).put("maximum", ThoughtArguments.MAX_NUMBER);
  }
}
