package io.jmcp.jsonrpc;

import java.util.Objects;

/**
 * A request id: an integer or a string, never {@code null}. Equality follows the JSON value, so
 * {@code 1} and {@code "1"} are different ids.
 */
public sealed interface RequestId permits RequestId.Numeric, RequestId.Text {

  static RequestId of(long value) {
    return new Numeric(value);
  }

  static RequestId of(String value) {
    return new Text(value);
  }

  /** The id as a plain Java value: a {@link Long} or a {@link String}. */
  Object value();

  /** An integer id. */
  record Numeric(long number) implements RequestId {
    @Override
    public Object value() {
      return number;
    }

    @Override
    public String toString() {
      return Long.toString(number);
    }
  }

  /** A string id. */
  record Text(String text) implements RequestId {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Object value() {
      return text;
    }

    @Override
    public String toString() {
      return '"' + text + '"';
    }
  }
}
