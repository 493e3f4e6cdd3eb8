package io.jmcp.schema.elicitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the user did with an elicitation. */
public enum ElicitAction {
  /** Submitted (form) or agreed to open the URL. */
  ACCEPT("accept"),
  /** Explicitly refused. */
  DECLINE("decline"),
  /** Dismissed without choosing. */
  CANCEL("cancel");

  private final String json;

  ElicitAction(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static ElicitAction fromJson(String value) {
    for (ElicitAction constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown ElicitAction: " + value);
  }
}
