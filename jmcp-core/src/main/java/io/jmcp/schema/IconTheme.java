package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The background an icon is designed for. */
public enum IconTheme {
  /** For a light background. */
  LIGHT("light"),
  /** For a dark background. */
  DARK("dark");

  private final String json;

  IconTheme(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static IconTheme fromJson(String value) {
    for (IconTheme constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown IconTheme: " + value);
  }
}
