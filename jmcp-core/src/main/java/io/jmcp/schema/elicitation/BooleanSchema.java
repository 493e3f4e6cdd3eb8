package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A yes/no field.
 *
 * @param defaultValue a value to pre-fill
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record BooleanSchema(@Nullable String title, @Nullable String description,
    @JsonProperty("default") @Nullable Boolean defaultValue) implements PrimitiveSchema {

  public static BooleanSchema of(@Nullable String title, @Nullable String description) {
    return new BooleanSchema(title, description, null);
  }

  public BooleanSchema withDefault(@Nullable Boolean value) {
    return new BooleanSchema(title, description, value);
  }

  @Override
  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "boolean";
  }
}
