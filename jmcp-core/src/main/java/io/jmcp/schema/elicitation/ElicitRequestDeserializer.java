package io.jmcp.schema.elicitation;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/** Picks the elicitation mode from {@code mode}: {@code "url"} or, absent or {@code "form"}, form. */
final class ElicitRequestDeserializer extends ValueDeserializer<ElicitRequest> {

  @Override
  public ElicitRequest deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode node = context.readTree(parser);
    JsonNode mode = node.get("mode");
    String name = mode == null || mode.isNull() ? "form" : mode.asString();
    return switch (name) {
      case "form" -> context.readTreeAsValue(node, ElicitFormRequest.class);
      case "url" -> context.readTreeAsValue(node, ElicitUrlRequest.class);
      default -> throw new IllegalArgumentException("unknown elicitation mode: " + name);
    };
  }
}
