package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The sender or recipient of a message in a conversation. */
public enum Role {
  USER("user"),
  ASSISTANT("assistant");

  private final String json;

  Role(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static Role fromJson(String value) {
    for (Role constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown Role: " + value);
  }
}
