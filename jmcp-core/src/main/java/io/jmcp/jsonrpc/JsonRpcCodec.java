package io.jmcp.jsonrpc;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns frames into {@link JsonRpcMessage}s and back. Decoding classifies a frame by its shape
 * (method and id: request; method only: notification; result or error: response) and refuses
 * anything else with a {@link MalformedMessageException}. The JSON parser enforces the
 * {@link JsonRpcLimits}, so oversized or over-deep input fails fast.
 */
public final class JsonRpcCodec {

  private static final Map<JsonRpcLimits, JsonRpcCodec> SHARED = new ConcurrentHashMap<>();

  private final JsonMapper mapper;
  private final JsonRpcLimits limits;

  private JsonRpcCodec(JsonRpcLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxMessageBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .build();
    this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
        .build();
  }

  /** The codec for the given limits; codecs are immutable and shared. */
  public static JsonRpcCodec of(JsonRpcLimits limits) {
    return SHARED.computeIfAbsent(limits, JsonRpcCodec::new);
  }

  /** The codec with {@link JsonRpcLimits#DEFAULT default limits}. */
  public static JsonRpcCodec standard() {
    return of(JsonRpcLimits.DEFAULT);
  }

  public JsonRpcLimits limits() {
    return limits;
  }

  /** Decodes one frame. */
  public JsonRpcMessage decode(byte[] frame) {
    return decode(frame, 0, frame.length);
  }

  /** Decodes one frame held in {@code buffer[offset, offset + length)}. */
  public JsonRpcMessage decode(byte[] buffer, int offset, int length) {
    if (length > limits.maxMessageBytes()) {
      throw tooLarge(length);
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(buffer, offset, length);
    } catch (StreamConstraintsException e) {
      throw new MalformedMessageException(ErrorCodes.INVALID_REQUEST,
          "Message exceeds limits: " + e.getOriginalMessage(), null, e);
    } catch (JacksonException e) {
      throw new MalformedMessageException(ErrorCodes.PARSE_ERROR,
          "Parse error: " + e.getOriginalMessage(), null, e);
    }
    return decode(tree);
  }

  /** Decodes one frame given as text. */
  public JsonRpcMessage decode(String frame) {
    return decode(frame.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Classifies an already parsed JSON value. */
  public JsonRpcMessage decode(@Nullable JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      throw new MalformedMessageException(ErrorCodes.PARSE_ERROR, "Parse error: empty message",
          null);
    }
    if (tree.isArray()) {
      if (tree.isEmpty()) {
        throw new MalformedMessageException(ErrorCodes.INVALID_REQUEST,
            "Invalid request: empty batch", null);
      }
      List<JsonRpcMessage> messages = new ArrayList<>(tree.size());
      for (JsonNode element : tree) {
        if (element.isArray()) {
          throw new MalformedMessageException(ErrorCodes.INVALID_REQUEST,
              "Invalid request: nested batch", null);
        }
        messages.add(decodeObject(element));
      }
      return new JsonRpcBatch(messages);
    }
    return decodeObject(tree);
  }

  private static JsonRpcMessage decodeObject(JsonNode node) {
    if (!node.isObject()) {
      throw invalid("a message must be a JSON object", null);
    }
    JsonNode idNode = node.get("id");
    RequestId id = readId(idNode);
    JsonNode version = node.get("jsonrpc");
    if (version == null || !version.isString() || !"2.0".equals(version.stringValue())) {
      throw invalid("\"jsonrpc\" must be \"2.0\"", id);
    }
    JsonNode method = node.get("method");
    if (method != null) {
      if (!method.isString()) {
        throw invalid("\"method\" must be a string", id);
      }
      JsonNode params = node.get("params");
      if (params != null && !params.isObject() && !params.isArray()) {
        throw invalid("\"params\" must be an object or an array", id);
      }
      if (idNode == null) {
        return new JsonRpcNotification(method.stringValue(), params);
      }
      if (id == null) {
        throw invalid("\"id\" must be a string or an integer", null);
      }
      return new JsonRpcRequest(id, method.stringValue(), params);
    }
    JsonNode result = node.get("result");
    JsonNode error = node.get("error");
    if (result != null && error != null) {
      throw invalid("a response carries \"result\" or \"error\", not both", id);
    }
    if (result != null) {
      if (id == null) {
        throw invalid("a result needs a string or integer \"id\"", null);
      }
      return new JsonRpcResult(id, result);
    }
    if (error != null) {
      if (idNode != null && !idNode.isNull() && id == null) {
        throw invalid("\"id\" must be a string or an integer", null);
      }
      return new JsonRpcErrorResponse(id, readError(error, id));
    }
    throw invalid("not a request, notification or response", id);
  }

  private static JsonRpcError readError(JsonNode error, @Nullable RequestId id) {
    JsonNode code = error.get("code");
    JsonNode message = error.get("message");
    if (!error.isObject() || code == null || !code.isIntegralNumber() || !code.canConvertToInt()
        || message == null || !message.isString()) {
      throw invalid("\"error\" needs an integer \"code\" and a string \"message\"", id);
    }
    return new JsonRpcError(code.intValue(), message.stringValue(), error.get("data"));
  }

  /** The id if it is a string or an integer; {@code null} if absent, null or of another type. */
  private static @Nullable RequestId readId(@Nullable JsonNode id) {
    if (id == null) {
      return null;
    }
    if (id.isString()) {
      return RequestId.of(id.stringValue());
    }
    if (id.isIntegralNumber() && id.canConvertToLong()) {
      return RequestId.of(id.longValue());
    }
    return null;
  }

  private static MalformedMessageException invalid(String why, @Nullable RequestId id) {
    return new MalformedMessageException(ErrorCodes.INVALID_REQUEST, "Invalid request: " + why,
        id);
  }

  private MalformedMessageException tooLarge(long length) {
    return new MalformedMessageException(ErrorCodes.INVALID_REQUEST,
        "Message of " + length + " bytes exceeds the limit of " + limits.maxMessageBytes(), null);
  }

  /** Encodes one message as compact UTF-8 JSON with no line breaks. */
  public byte[] encode(JsonRpcMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      write(generator, message);
    }
    return out.toByteArray();
  }

  /** Encodes one message as a string (compact JSON, no line breaks). */
  public String encodeToString(JsonRpcMessage message) {
    return new String(encode(message), java.nio.charset.StandardCharsets.UTF_8);
  }

  private void write(JsonGenerator out, JsonRpcMessage message) {
    switch (message) {
      case JsonRpcBatch batch -> {
        out.writeStartArray();
        for (JsonRpcMessage element : batch.messages()) {
          write(out, element);
        }
        out.writeEndArray();
      }
      case JsonRpcRequest request -> {
        out.writeStartObject();
        out.writeStringProperty("jsonrpc", "2.0");
        writeId(out, request.id());
        out.writeStringProperty("method", request.method());
        if (request.params() != null) {
          out.writeName("params");
          mapper.writeTree(out, request.params());
        }
        out.writeEndObject();
      }
      case JsonRpcNotification notification -> {
        out.writeStartObject();
        out.writeStringProperty("jsonrpc", "2.0");
        out.writeStringProperty("method", notification.method());
        if (notification.params() != null) {
          out.writeName("params");
          mapper.writeTree(out, notification.params());
        }
        out.writeEndObject();
      }
      case JsonRpcResult result -> {
        out.writeStartObject();
        out.writeStringProperty("jsonrpc", "2.0");
        writeId(out, result.id());
        out.writeName("result");
        mapper.writeTree(out, result.result());
        out.writeEndObject();
      }
      case JsonRpcErrorResponse response -> {
        out.writeStartObject();
        out.writeStringProperty("jsonrpc", "2.0");
        if (response.id() != null) {
          writeId(out, response.id());
        }
        out.writeName("error");
        out.writeStartObject();
        out.writeNumberProperty("code", response.error().code());
        out.writeStringProperty("message", response.error().message());
        if (response.error().data() != null) {
          out.writeName("data");
          mapper.writeTree(out, response.error().data());
        }
        out.writeEndObject();
        out.writeEndObject();
      }
    }
  }

  private static void writeId(JsonGenerator out, RequestId id) {
    switch (id) {
      case RequestId.Numeric n -> out.writeNumberProperty("id", n.number());
      case RequestId.Text t -> out.writeStringProperty("id", t.text());
    }
  }
}
