package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A numeric field.
 *
 * @param type {@code "number"} or {@code "integer"}
 * @param defaultValue a value to pre-fill (2025-11-25+)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record NumberSchema(String type, @Nullable String title, @Nullable String description,
    @Nullable Number minimum, @Nullable Number maximum,
    @JsonProperty("default") @Nullable Number defaultValue) implements PrimitiveSchema {

  public NumberSchema {
    Objects.requireNonNull(type, "type");
    if (!type.equals("number") && !type.equals("integer")) {
      throw new IllegalArgumentException("a number field's type is number or integer: " + type);
    }
  }

  public static NumberSchema number(@Nullable String title, @Nullable String description) {
    return new NumberSchema("number", title, description, null, null, null);
  }

  public static NumberSchema integer(@Nullable String title, @Nullable String description) {
    return new NumberSchema("integer", title, description, null, null, null);
  }

  public NumberSchema withRange(@Nullable Number min, @Nullable Number max) {
    return new NumberSchema(type, title, description, min, max, defaultValue);
  }

  public NumberSchema withDefault(@Nullable Number value) {
    return new NumberSchema(type, title, description, minimum, maximum, value);
  }
}
