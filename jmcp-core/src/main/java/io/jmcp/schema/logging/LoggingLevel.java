package io.jmcp.schema.logging;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The severity of a log message (RFC 5424), least severe first, so {@link #compareTo} orders by severity. */
public enum LoggingLevel {
  DEBUG("debug"),
  INFO("info"),
  NOTICE("notice"),
  WARNING("warning"),
  ERROR("error"),
  CRITICAL("critical"),
  ALERT("alert"),
  EMERGENCY("emergency");

  private final String json;

  LoggingLevel(String json) {
    this.json = json;
  }

  /** The value on the wire. */
  @JsonValue
  public String json() {
    return json;
  }

  /** The constant for a wire value; unknown values are refused. */
  @JsonCreator
  public static LoggingLevel fromJson(String value) {
    for (LoggingLevel constant : values()) {
      if (constant.json.equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown LoggingLevel: " + value);
  }

  /** Whether a message at this level passes a threshold of {@code minimum}. */
  public boolean isAtLeast(LoggingLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
