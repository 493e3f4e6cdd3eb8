package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the model may use the tools of a sampling request. */
public enum ToolChoiceMode {
  /** The model decides (the default). */
  AUTO("auto"),
  /** The model must use a tool. */
  REQUIRED("required"),
  /** The model must not use tools. */
  NONE("none");

  private final String json;

  ToolChoiceMode(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static ToolChoiceMode fromJson(String value) {
    for (ToolChoiceMode constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown ToolChoiceMode: " + value);
  }
}
