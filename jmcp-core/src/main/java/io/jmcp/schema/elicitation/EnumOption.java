package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One choice of a titled enum: the value sent back and the title shown.
 *
 * @param value the value ({@code const})
 */
public record EnumOption(@JsonProperty("const") String value, String title) {

  public EnumOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(title, "title");
  }
}
