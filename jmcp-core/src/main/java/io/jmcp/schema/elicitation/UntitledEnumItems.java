package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code items} of an untitled multi-select: string values.
 *
 * @param values the allowed values ({@code enum})
 */
public record UntitledEnumItems(@JsonProperty("enum") List<String> values) {

  public UntitledEnumItems {
    values = List.copyOf(values);
  }

  @JsonProperty(value = "type", index = 0, access = JsonProperty.Access.READ_ONLY)
  public String type() {
    return "string";
  }
}
