package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code items} of a titled multi-select.
 *
 * @param options the allowed values and their titles ({@code anyOf})
 */
public record TitledEnumItems(@JsonProperty("anyOf") List<EnumOption> options) {

  public TitledEnumItems {
    options = List.copyOf(options);
  }
}
