package io.jmcp.servers.memory;

import io.jmcp.schema.McpJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools' input and output schemas, member for member as the official server lists them
 * (draft-07, every property required, outputs closed with {@code additionalProperties: false}),
 * so a host sees the same tools from either server.
 */
final class MemorySchemas {

  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private MemorySchemas() {
  }

  static ObjectNode entity(boolean closed) {
    return object(closed, Map.of(),
        "name", string("The name of the entity"),
        "entityType", string("The type of the entity"),
        "observations", array(string(null),
            "An array of observation contents associated with the entity"));
  }

  static ObjectNode relation(boolean closed) {
    return object(closed, Map.of(),
        "from", string("The name of the entity where the relation starts"),
        "to", string("The name of the entity where the relation ends"),
        "relationType", string("The type of the relation"));
  }

  static ObjectNode observationAdditions() {
    return array(object(false, Map.of(),
        "entityName", string("The name of the entity to add the observations to"),
        "contents", array(string(null), "An array of observation contents to add")), null);
  }

  static ObjectNode observationDeletions() {
    return array(object(false, Map.of(),
        "entityName", string("The name of the entity containing the observations"),
        "observations", array(string(null), "An array of observations to delete")), null);
  }

  static ObjectNode addedObservations() {
    return array(object(true, Map.of(),
        "entityName", string(null),
        "addedObservations", array(string(null), null)), null);
  }

  /** The output of the delete tools: {@code {success, message}}. */
  static ObjectNode outcome() {
    return root(true, "success", McpJson.object().put("type", "boolean"),
        "message", string(null));
  }

  /** The output of the read tools: {@code {entities, relations}}. */
  static ObjectNode graph() {
    return root(true, "entities", array(entity(true), null),
        "relations", array(relation(true), null));
  }

  /** A tool's top-level schema: draft-07, an object whose properties are all required. */
  static ObjectNode root(boolean closed, Object... properties) {
    return object(closed, Map.of("$schema", DRAFT_07), properties);
  }

  static ObjectNode string(@Nullable String description) {
    ObjectNode schema = McpJson.object().put("type", "string");
    return description == null ? schema : schema.put("description", description);
  }

  static ObjectNode array(ObjectNode items, @Nullable String description) {
    ObjectNode schema = McpJson.object().put("type", "array");
    schema.set("items", items);
    return description == null ? schema : schema.put("description", description);
  }

  /** {@code properties} alternates names and schemas; every one is required. */
  private static ObjectNode object(boolean closed, Map<String, String> header,
      Object... properties) {
    ObjectNode schema = McpJson.object();
    header.forEach(schema::put);
    schema.put("type", "object");
    Map<String, ObjectNode> members = new LinkedHashMap<>();
    for (int i = 0; i < properties.length; i += 2) {
      members.put((String) properties[i], (ObjectNode) properties[i + 1]);
    }
    ObjectNode propertyNode = schema.putObject("properties");
    members.forEach(propertyNode::set);
    if (!members.isEmpty()) {
      members.keySet().forEach(schema.putArray("required")::add);
    }
    if (closed) {
      schema.put("additionalProperties", false);
    }
    return schema;
  }
}
