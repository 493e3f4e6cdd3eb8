package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.internal.Immutable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code requestedSchema} of a form elicitation: a flat object of primitive fields.
 *
 * @param properties the fields, in display order
 * @param required the names of fields the user must fill
 * @param schema the JSON Schema dialect ({@code $schema}, 2025-11-25+)
 */
public record ElicitationSchema(Map<String, PrimitiveSchema> properties,
    @Nullable List<String> required, @JsonProperty("$schema") @Nullable String schema) {

  public ElicitationSchema {
    properties = Objects.requireNonNull(Immutable.map(properties), "properties");
    required = Immutable.list(required);
  }

  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "object";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects fields in order. */
  public static final class Builder {
    private final Map<String, PrimitiveSchema> properties = new LinkedHashMap<>();
    private final List<String> required = new java.util.ArrayList<>();

    private Builder() {
    }

    /** Adds an optional field. */
    public Builder optional(String name, PrimitiveSchema field) {
      properties.put(name, field);
      return this;
    }

    /** Adds a field the user must fill. */
    public Builder required(String name, PrimitiveSchema field) {
      properties.put(name, field);
      required.add(name);
      return this;
    }

    public ElicitationSchema build() {
      return new ElicitationSchema(properties, required.isEmpty() ? null : required, null);
    }
  }
}
