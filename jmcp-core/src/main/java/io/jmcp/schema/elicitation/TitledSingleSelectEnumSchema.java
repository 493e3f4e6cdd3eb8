package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single choice among values with display titles (2025-11-25+).
 *
 * @param options the allowed values and their titles ({@code oneOf})
 * @param defaultValue a value to pre-fill
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record TitledSingleSelectEnumSchema(@Nullable String title, @Nullable String description,
    @JsonProperty("oneOf") List<EnumOption> options,
    @JsonProperty("default") @Nullable String defaultValue) implements PrimitiveSchema {

  public TitledSingleSelectEnumSchema {
    options = List.copyOf(options);
  }

  @Override
  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "string";
  }
}
