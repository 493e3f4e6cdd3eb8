package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jmcp.jsonrpc.RequestId;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON mapping of the wire model: records to JSON trees and back. {@code null} components are
 * left out; unknown members are ignored unless a record keeps them in its {@code extra} map.
 */
public final class McpJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(
          inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .addModule(new SimpleModule("jmcp")
          .addSerializer(RequestId.class, new RequestIdSerializer())
          .addDeserializer(RequestId.class, new RequestIdDeserializer()))
      .build();

  private McpJson() {
  }

  /** The configured mapper, for callers that need Jackson directly. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** A new empty JSON object. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The JSON form of {@code value}; {@code null} becomes JSON null. */
  public static JsonNode toTree(@Nullable Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    return MAPPER.valueToTree(value);
  }

  /** The JSON object form of a record. */
  public static ObjectNode toObject(Object value) {
    JsonNode tree = toTree(value);
    if (!(tree instanceof ObjectNode object)) {
      throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a JSON object");
    }
    return object;
  }

  /**
   * Reads {@code node} as {@code type}; an absent node reads as an empty object.
   *
   * @throws IllegalArgumentException with a message fit for a peer (the JSON path and what was
   *     wrong, no Java internals) when the JSON does not fit the type
   */
  public static <T> T fromTree(@Nullable JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node == null || node.isNull() ? object() : node, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
  }

  /** A short description of a mapping failure: where it happened and what was wrong. */
  public static String describe(JacksonException e) {
    String path = e instanceof DatabindException databind && !databind.getPath().isEmpty()
        ? databind.getPath().stream()
            .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
        : "";
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root instanceof JacksonException jackson ? jackson.getOriginalMessage()
        : root.getMessage();
    if (message == null) {
      message = "invalid value";
    }
    // Jackson names Java types in backticks; peers need the JSON path, not our class names.
    message = message.replaceAll("`[a-z][\\w.$]*\\.([A-Z]\\w*)`", "$1")
        .replaceAll("\\s*\\(for Object starting at.*", "")
        .replaceAll("\\s*at \\[Source.*", "");
    return path.isEmpty() ? message : path + ": " + message;
  }

  private static final class RequestIdSerializer extends ValueSerializer<RequestId> {
    @Override
    public void serialize(RequestId value, JsonGenerator generator, SerializationContext context) {
      switch (value) {
        case RequestId.Numeric n -> generator.writeNumber(n.number());
        case RequestId.Text t -> generator.writeString(t.text());
      }
    }
  }

  private static final class RequestIdDeserializer extends ValueDeserializer<RequestId> {
    @Override
    public RequestId deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return RequestId.of(parser.getString());
      }
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return RequestId.of(parser.getLongValue());
      }
      return (RequestId) context.handleUnexpectedToken(RequestId.class, parser);
    }
  }
}
