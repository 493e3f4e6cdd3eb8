package io.jmcp.schema.elicitation;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/** Reads an elicitation field schema by its shape: {@code type}, then enum markers. */
final class PrimitiveSchemaDeserializer extends ValueDeserializer<PrimitiveSchema> {

  @Override
  public PrimitiveSchema deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode node = context.readTree(parser);
    if (!node.isObject()) {
      throw new IllegalArgumentException("an elicitation field schema must be an object");
    }
    String type = node.path("type").asString("");
    Class<? extends PrimitiveSchema> target = switch (type) {
      case "string" -> node.has("oneOf") ? TitledSingleSelectEnumSchema.class
          : node.has("enumNames") ? LegacyTitledEnumSchema.class
          : node.has("enum") ? UntitledSingleSelectEnumSchema.class
          : StringSchema.class;
      case "number", "integer" -> NumberSchema.class;
      case "boolean" -> BooleanSchema.class;
      case "array" -> node.path("items").has("anyOf") ? TitledMultiSelectEnumSchema.class
          : UntitledMultiSelectEnumSchema.class;
      default -> throw new IllegalArgumentException(
          "elicitation fields are string, number, integer, boolean or array of enum, not '" + type
              + "'");
    };
    return context.readTreeAsValue(node, target);
  }
}
