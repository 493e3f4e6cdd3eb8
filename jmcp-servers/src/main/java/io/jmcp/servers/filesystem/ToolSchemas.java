package io.jmcp.servers.filesystem;

import io.jmcp.schema.McpJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas of the tools' arguments and results, written by hand so that property names,
 * types, defaults and required lists are exactly the official server's.
 */
final class ToolSchemas {

  private ToolSchemas() {
  }

  /** An object schema with {@code properties}, requiring {@code required}. */
  static ObjectNode object(ObjectNode properties, String... required) {
    ObjectNode schema = McpJson.object().put("type", "object");
    schema.set("properties", properties);
    if (required.length > 0) {
      ArrayNode names = schema.putArray("required");
      for (String name : required) {
        names.add(name);
      }
    }
    return schema;
  }

  static ObjectNode properties() {
    return McpJson.object();
  }

  static ObjectNode string() {
    return McpJson.object().put("type", "string");
  }

  static ObjectNode string(String description) {
    return string().put("description", description);
  }

  static ObjectNode number(String description) {
    return McpJson.object().put("type", "number").put("description", description);
  }

  static ObjectNode strings() {
    ObjectNode schema = McpJson.object().put("type", "array");
    schema.set("items", string());
    return schema;
  }

  /** Arguments with just {@code path}. */
  static ObjectNode pathOnly() {
    return object(properties().set("path", string()), "path");
  }

  /** The result every tool but {@code read_media_file} returns: {@code {content: string}}. */
  static ObjectNode textResult() {
    ObjectNode schema = object(properties().set("content", string()), "content");
    schema.put("additionalProperties", false);
    return schema;
  }

  /** {@code read_media_file}'s result: image or audio blocks, or an embedded blob resource. */
  static ObjectNode mediaResult() {
    ObjectNode media = object(properties()
        .<ObjectNode>set("type", string().set("enum", McpJson.mapper().createArrayNode()
            .add("image").add("audio")))
        .<ObjectNode>set("data", string())
        .set("mimeType", string()), "type", "data", "mimeType");
    media.put("additionalProperties", false);
    ObjectNode blob = object(properties()
        .<ObjectNode>set("uri", string())
        .<ObjectNode>set("mimeType", string())
        .set("blob", string()), "uri", "blob");
    blob.put("additionalProperties", false);
    ObjectNode resource = object(properties()
        .<ObjectNode>set("type", string().put("const", "resource"))
        .set("resource", blob), "type", "resource");
    resource.put("additionalProperties", false);
    ObjectNode items = McpJson.object();
    items.putArray("anyOf").add(media).add(resource);
    ObjectNode content = McpJson.object().put("type", "array");
    content.set("items", items);
    ObjectNode schema = object(properties().set("content", content), "content");
    schema.put("additionalProperties", false);
    return schema;
  }
}
