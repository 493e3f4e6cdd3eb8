package io.jmcp.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code x-mcp-header} annotations of a tool's input schema (2026-07-28): which arguments a
 * client mirrors into {@code Mcp-Param-*} headers, and the rules that make an annotation valid.
 * Clients drop tools with invalid annotations; servers compare the headers with the body.
 */
public final class ParameterHeaders {

  /** The schema keyword. */
  public static final String KEYWORD = "x-mcp-header";

  private static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;
  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private ParameterHeaders() {
  }

  /**
   * The annotated parameters of {@code inputSchema}.
   *
   * @throws IllegalArgumentException naming the first rule an annotation breaks
   */
  public static List<ParameterHeader> of(@Nullable JsonNode inputSchema) {
    List<ParameterHeader> found = new ArrayList<>();
    if (inputSchema == null || !inputSchema.isObject()) {
      return found;
    }
    collect(inputSchema, new ArrayList<>(), found);
    Set<String> names = new HashSet<>();
    for (ParameterHeader header : found) {
      if (!names.add(header.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(KEYWORD + " '" + header.name()
            + "' is used twice (names are compared without case)");
      }
    }
    int reachable = found.size();
    int everywhere = countEverywhere(inputSchema);
    if (everywhere > reachable) {
      throw new IllegalArgumentException(KEYWORD + " appears where it is not allowed: only on "
          + "properties reached through 'properties' keys alone (not items, oneOf, anyOf, "
          + "allOf, not, if/then/else or $ref)");
    }
    return found;
  }

  /** Whether every annotation of {@code inputSchema} is valid. */
  public static Optional<String> problem(@Nullable JsonNode inputSchema) {
    try {
      of(inputSchema);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void collect(JsonNode schema, List<String> path, List<ParameterHeader> found) {
    JsonNode properties = schema.get("properties");
    if (properties == null || !properties.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      List<String> here = new ArrayList<>(path);
      here.add(property.getKey());
      JsonNode definition = property.getValue();
      if (!definition.isObject()) {
        continue;
      }
      JsonNode annotation = definition.get(KEYWORD);
      if (annotation != null) {
        found.add(validated(annotation, definition, here));
      }
      collect(definition, here, found);
    }
  }

  private static ParameterHeader validated(JsonNode annotation, JsonNode definition,
      List<String> path) {
    String where = "property " + String.join(".", path);
    if (!annotation.isString() || annotation.asString().isEmpty()) {
      throw new IllegalArgumentException(KEYWORD + " of " + where + " must be a non-empty string");
    }
    String name = annotation.asString();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || TOKEN_SYMBOLS.indexOf(c) >= 0;
      if (!tchar) {
        throw new IllegalArgumentException(KEYWORD + " '" + name + "' of " + where
            + " is not an HTTP header token");
      }
    }
    JsonNode type = definition.get("type");
    String kind = type != null && type.isString() ? type.asString() : "";
    if (!kind.equals("string") && !kind.equals("integer") && !kind.equals("boolean")) {
      throw new IllegalArgumentException(KEYWORD + " '" + name + "' is on " + where
          + ", which is not of type string, integer or boolean");
    }
    return new ParameterHeader(name, path, kind);
  }

  private static int countEverywhere(JsonNode node) {
    int count = 0;
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals(KEYWORD)) {
          count++;
        }
        count += countEverywhere(member.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        count += countEverywhere(element);
      }
    }
    return count;
  }

  /** The argument at a header's path, or null when absent or JSON null. */
  public static @Nullable JsonNode value(ParameterHeader header, @Nullable JsonNode arguments) {
    JsonNode node = arguments;
    for (String step : header.path()) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(step);
    }
    return node == null || node.isNull() ? null : node;
  }

  /** The headers a client sends for {@code arguments}: name to encoded value. */
  public static Map<String, String> headersFor(List<ParameterHeader> headers,
      @Nullable JsonNode arguments) {
    Map<String, String> result = new LinkedHashMap<>();
    for (ParameterHeader header : headers) {
      JsonNode value = value(header, arguments);
      if (value != null) {
        render(value).ifPresent(text -> result.put(header.headerName(), HeaderValue.encode(text)));
      }
    }
    return result;
  }

  /** A primitive argument as header text; other shapes have none. */
  static Optional<String> render(JsonNode value) {
    if (value.isString()) {
      return Optional.of(value.asString());
    }
    if (value.isBoolean()) {
      return Optional.of(value.asBoolean() ? "true" : "false");
    }
    if (value.isIntegralNumber() && value.canConvertToLong()
        && Math.abs(value.asLong()) <= MAX_SAFE_INTEGER) {
      return Optional.of(Long.toString(value.asLong()));
    }
    if (value.isNumber()) {
      BigDecimal decimal = value.decimalValue();
      if (decimal.stripTrailingZeros().scale() <= 0) {
        return Optional.of(decimal.toBigInteger().toString());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a decoded header value stands for {@code body}: strings exactly, booleans as
   * {@code true}/{@code false}, integers numerically ({@code 42.0} is {@code 42}).
   */
  public static boolean matches(ParameterHeader header, String decoded, JsonNode body) {
    if (body.isString()) {
      return decoded.equals(body.asString());
    }
    if (body.isBoolean()) {
      return decoded.equals(body.asBoolean() ? "true" : "false");
    }
    if (body.isNumber()) {
      try {
        return new BigDecimal(decoded.trim()).compareTo(body.decimalValue()) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }
}
