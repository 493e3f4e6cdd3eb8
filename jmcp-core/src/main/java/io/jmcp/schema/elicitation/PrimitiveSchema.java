package io.jmcp.schema.elicitation;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One field of an elicitation form: the restricted, flat JSON Schema subset the spec allows
 * (strings, numbers, booleans, single- and multi-select enums). Told apart by shape.
 */
@JsonDeserialize(using = PrimitiveSchemaDeserializer.class)
public sealed interface PrimitiveSchema permits StringSchema, NumberSchema, BooleanSchema,
    UntitledSingleSelectEnumSchema, TitledSingleSelectEnumSchema, LegacyTitledEnumSchema,
    UntitledMultiSelectEnumSchema, TitledMultiSelectEnumSchema {

  /** The JSON Schema {@code type}. */
  String type();

  @Nullable String title();

  @Nullable String description();
}
