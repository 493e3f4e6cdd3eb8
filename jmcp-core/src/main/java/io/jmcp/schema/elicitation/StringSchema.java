package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A free-text field.
 *
 * @param format one of {@code email}, {@code uri}, {@code date}, {@code date-time}
 * @param defaultValue a value to pre-fill (2025-11-25+)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record StringSchema(@Nullable String title, @Nullable String description,
    @Nullable Integer minLength, @Nullable Integer maxLength, @Nullable String format,
    @JsonProperty("default") @Nullable String defaultValue) implements PrimitiveSchema {

  public static StringSchema of(@Nullable String title, @Nullable String description) {
    return new StringSchema(title, description, null, null, null, null);
  }

  public StringSchema withDefault(@Nullable String value) {
    return new StringSchema(title, description, minLength, maxLength, format, value);
  }

  public StringSchema withFormat(@Nullable String value) {
    return new StringSchema(title, description, minLength, maxLength, value, defaultValue);
  }

  @Override
  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "string";
  }
}
