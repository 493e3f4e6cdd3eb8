package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single choice among plain values.
 *
 * @param values the allowed values ({@code enum})
 * @param defaultValue a value to pre-fill (2025-11-25+)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record UntitledSingleSelectEnumSchema(@Nullable String title, @Nullable String description,
    @JsonProperty("enum") List<String> values,
    @JsonProperty("default") @Nullable String defaultValue) implements PrimitiveSchema {

  public UntitledSingleSelectEnumSchema {
    values = List.copyOf(values);
  }

  @Override
  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "string";
  }
}
