package io.jmcp.schema.mrtr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.sampling.CreateMessageRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a server needs from the client before it can finish a request, by key: elicitations,
 * sampling requests and roots requests. On the wire each is {@code {method, params}}, without
 * JSON-RPC id; in the legacy revisions the same requests travel as server-to-client requests.
 *
 * @param requests the requests by their server-chosen keys, in order
 */
public record InputRequests(Map<String, ServerRequest<?>> requests) {

  public InputRequests {
    Objects.requireNonNull(requests, "requests");
    LinkedHashMap<String, ServerRequest<?>> copy = new LinkedHashMap<>();
    requests.forEach((key, request) -> {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(request, "request");
      if (!isInputRequest(request)) {
        throw new IllegalArgumentException("an input request must be an elicitation, a sampling "
            + "request or a roots request, not " + request.method());
      }
      copy.put(key, request);
    });
    requests = Collections.unmodifiableMap(copy);
  }

  /** One request under one key. */
  public static InputRequests of(String key, ServerRequest<?> request) {
    return new InputRequests(Map.of(key, request));
  }

  /** Several requests; keys and requests alternate. */
  public static InputRequests of(String key1, ServerRequest<?> request1, String key2,
      ServerRequest<?> request2) {
    LinkedHashMap<String, ServerRequest<?>> map = new LinkedHashMap<>();
    map.put(key1, request1);
    map.put(key2, request2);
    return new InputRequests(map);
  }

  /** Whether {@code request} may be asked for: elicitation, sampling or roots. */
  public static boolean isInputRequest(ServerRequest<?> request) {
    return request instanceof ElicitRequest || request instanceof CreateMessageRequest
        || request instanceof ListRootsRequest;
  }

  public boolean isEmpty() {
    return requests.isEmpty();
  }

  public int size() {
    return requests.size();
  }

  @JsonValue
  Map<String, ObjectNode> toJson() {
    LinkedHashMap<String, ObjectNode> json = new LinkedHashMap<>();
    requests.forEach((key, request) -> json.put(key, encode(request)));
    return json;
  }

  /** {@code {method, params}}: the shape of an input request on the wire. */
  public static ObjectNode encode(ServerRequest<?> request) {
    ObjectNode node = McpJson.object();
    node.put("method", request.method());
    node.set("params", McpJson.toObject(request));
    return node;
  }

  @JsonCreator
  static InputRequests fromJson(Map<String, JsonNode> json) {
    LinkedHashMap<String, ServerRequest<?>> requests = new LinkedHashMap<>();
    json.forEach((key, node) -> requests.put(key, decode(node)));
    return new InputRequests(requests);
  }

  /** Reads one {@code {method, params}}; an unknown method or malformed params is refused. */
  public static ServerRequest<?> decode(JsonNode node) {
    if (node == null || !node.isObject() || !node.path("method").isString()) {
      throw new IllegalArgumentException("an input request must be an object with a method");
    }
    String method = node.path("method").asString();
    JsonNode params = node.get("params");
    JsonNode body = params == null || params.isNull() ? McpJson.object() : params;
    return switch (method) {
      case ElicitRequest.METHOD -> McpJson.fromTree(body, ElicitRequest.class);
      case CreateMessageRequest.METHOD -> McpJson.fromTree(body, CreateMessageRequest.class);
      case ListRootsRequest.METHOD -> McpJson.fromTree(body, ListRootsRequest.class);
      default -> throw new IllegalArgumentException("not an input request method: " + method);
    };
  }
}
