package io.jmcp.client.internal;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.elicitation.BooleanSchema;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.LegacyTitledEnumSchema;
import io.jmcp.schema.elicitation.NumberSchema;
import io.jmcp.schema.elicitation.PrimitiveSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.elicitation.TitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.TitledSingleSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledSingleSelectEnumSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Fills the fields a user left out of an accepted form from the schema's defaults (2025-11-25:
 * clients that support defaults SHOULD pre-fill them; a headless client applies them on submit).
 */
public final class FormDefaults {

  private FormDefaults() {
  }

  public static Map<String, JsonNode> apply(ElicitationSchema schema,
      @Nullable Map<String, JsonNode> content) {
    Map<String, JsonNode> filled = new LinkedHashMap<>();
    if (content != null) {
      filled.putAll(content);
    }
    for (Map.Entry<String, PrimitiveSchema> field : schema.properties().entrySet()) {
      if (!filled.containsKey(field.getKey())) {
        Object value = defaultOf(field.getValue());
        if (value != null) {
          filled.put(field.getKey(), McpJson.toTree(value));
        }
      }
    }
    return filled;
  }

  /** The default a field declares, or null. */
  public static @Nullable Object defaultOf(PrimitiveSchema field) {
    return switch (field) {
      case StringSchema s -> s.defaultValue();
      case NumberSchema n -> n.defaultValue();
      case BooleanSchema b -> b.defaultValue();
      case UntitledSingleSelectEnumSchema e -> e.defaultValue();
      case TitledSingleSelectEnumSchema e -> e.defaultValue();
      case LegacyTitledEnumSchema e -> e.defaultValue();
      case UntitledMultiSelectEnumSchema e -> e.defaultValue();
      case TitledMultiSelectEnumSchema e -> e.defaultValue();
    };
  }
}
