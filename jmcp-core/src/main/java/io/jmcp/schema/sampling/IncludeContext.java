package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which MCP context the client should add to a sampling request (soft-deprecated except none). */
public enum IncludeContext {
  NONE("none"),
  THIS_SERVER("thisServer"),
  ALL_SERVERS("allServers");

  private final String json;

  IncludeContext(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static IncludeContext fromJson(String value) {
    for (IncludeContext constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown IncludeContext: " + value);
  }
}
