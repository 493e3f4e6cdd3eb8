package io.jmcp.core.jsonschema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of the types that map to one JSON value, written the way jmcp's Jackson mapper
 * writes them (java.time values as ISO-8601 strings, {@code byte[]} as base64). Formats are the
 * JSON Schema 2020-12 format vocabulary names (RFC 3339 {@code date-time}, {@code date},
 * {@code time}, ISO 8601 {@code duration}, RFC 3986 {@code uri}, RFC 4122 {@code uuid}).
 */
final class ScalarSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<Class<?>, ObjectNode> SCHEMAS = new HashMap<>();

  static {
    for (Class<?> type : new Class<?>[] {String.class, CharSequence.class, LocalDateTime.class,
        LocalTime.class}) {
      SCHEMAS.put(type, type("string"));
    }
    for (Class<?> type : new Class<?>[] {char.class, Character.class}) {
      SCHEMAS.put(type, type("string").put("minLength", 1).put("maxLength", 1));
    }
    SCHEMAS.put(char[].class, type("string"));
    SCHEMAS.put(byte[].class, type("string").put("contentEncoding", "base64"));
    SCHEMAS.put(boolean.class, type("boolean"));
    SCHEMAS.put(Boolean.class, type("boolean"));
    integer(byte.class, Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE);
    integer(short.class, Short.class, Short.MIN_VALUE, Short.MAX_VALUE);
    integer(int.class, Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
    for (Class<?> type : new Class<?>[] {long.class, Long.class, BigInteger.class}) {
      SCHEMAS.put(type, type("integer"));
    }
    for (Class<?> type : new Class<?>[] {float.class, Float.class, double.class, Double.class,
        BigDecimal.class, Number.class}) {
      SCHEMAS.put(type, type("number"));
    }
    format("date-time", Instant.class, OffsetDateTime.class, ZonedDateTime.class);
    format("date", LocalDate.class);
    format("time", OffsetTime.class);
    format("duration", Duration.class);
    format("uri", URI.class, URL.class);
    format("uuid", UUID.class);
    SCHEMAS.put(Object.class, JSON.objectNode());
    SCHEMAS.put(JsonNode.class, JSON.objectNode());
    SCHEMAS.put(ObjectNode.class, type("object"));
    SCHEMAS.put(ArrayNode.class, type("array"));
  }

  private ScalarSchemas() {
  }

  /** A fresh copy of the schema of {@code type}, or {@code null} when it is not a scalar. */
  static @Nullable ObjectNode of(Class<?> type) {
    ObjectNode schema = SCHEMAS.get(type);
    if (schema == null && JsonNode.class.isAssignableFrom(type)) {
      schema = SCHEMAS.get(JsonNode.class);
    }
    return schema == null ? null : schema.deepCopy();
  }

  private static ObjectNode type(String name) {
    return JSON.objectNode().put("type", name);
  }

  private static void integer(Class<?> primitive, Class<?> boxed, long min, long max) {
    ObjectNode schema = type("integer").put("minimum", min).put("maximum", max);
    SCHEMAS.put(primitive, schema);
    SCHEMAS.put(boxed, schema);
  }

  private static void format(String format, Class<?>... types) {
    for (Class<?> type : types) {
      SCHEMAS.put(type, type("string").put("format", format));
    }
  }
}
