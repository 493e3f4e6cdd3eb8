package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a tool can run as a task (2025-11-25). */
public enum TaskSupport {
  /** Never as a task (the default). */
  FORBIDDEN("forbidden"),
  /** As a task or not, as the client asks. */
  OPTIONAL("optional"),
  /** Only as a task. */
  REQUIRED("required");

  private final String json;

  TaskSupport(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static TaskSupport fromJson(String value) {
    for (TaskSupport constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown TaskSupport: " + value);
  }
}
