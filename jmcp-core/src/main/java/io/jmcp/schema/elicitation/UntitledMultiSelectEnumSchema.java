package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Several choices among plain values (2025-11-25+).
 *
 * @param items the allowed values
 * @param defaultValue values to pre-select
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record UntitledMultiSelectEnumSchema(@Nullable String title, @Nullable String description,
    @Nullable Integer minItems, @Nullable Integer maxItems, UntitledEnumItems items,
    @JsonProperty("default") @Nullable List<String> defaultValue) implements PrimitiveSchema {

  public UntitledMultiSelectEnumSchema {
    Objects.requireNonNull(items, "items");
    defaultValue = Immutable.list(defaultValue);
  }

  @Override
  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "array";
  }
}
