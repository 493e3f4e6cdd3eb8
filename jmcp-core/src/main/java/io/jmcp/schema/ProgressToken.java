package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A progress token: a string or an integer chosen by the requester. */
public sealed interface ProgressToken permits ProgressToken.Numeric, ProgressToken.Text {

  static ProgressToken of(long value) {
    return new Numeric(value);
  }

  static ProgressToken of(String value) {
    return new Text(value);
  }

  /** Reads a token from JSON; empty if absent or neither a string nor an integer. */
  static Optional<ProgressToken> from(@Nullable JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isString()) {
      return Optional.of(of(node.stringValue()));
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Optional.of(of(node.longValue()));
    }
    return Optional.empty();
  }

  @JsonCreator
  static ProgressToken fromJson(JsonNode node) {
    return from(node).orElseThrow(
        () -> new IllegalArgumentException("a progress token is a string or an integer"));
  }

  /** The token as a plain value: a {@link Long} or a {@link String}. */
  @JsonValue
  Object value();

  /** An integer token. */
  record Numeric(long number) implements ProgressToken {
    @Override
    public Object value() {
      return number;
    }
  }

  /** A string token. */
  record Text(String text) implements ProgressToken {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Object value() {
      return text;
    }
  }
}
