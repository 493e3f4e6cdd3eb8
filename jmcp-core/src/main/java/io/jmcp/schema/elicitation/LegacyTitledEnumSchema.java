package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single choice with titles in the older {@code enumNames} form (kept for 2025-06-18 peers; the
 * spec plans to remove it).
 *
 * @param values the allowed values ({@code enum})
 * @param names display names, parallel to {@code values} ({@code enumNames})
 * @param defaultValue a value to pre-fill
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record LegacyTitledEnumSchema(@Nullable String title, @Nullable String description,
    @JsonProperty("enum") List<String> values,
    @JsonProperty("enumNames") @Nullable List<String> names,
    @JsonProperty("default") @Nullable String defaultValue) implements PrimitiveSchema {

  public LegacyTitledEnumSchema {
    values = List.copyOf(values);
    names = Immutable.list(names);
  }

  @Override
  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "string";
  }
}
