package io.jmcp.schema.mrtr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The client's answers to {@link InputRequests}, under the same keys: an {@code ElicitResult},
 * {@code CreateMessageResult} or {@code ListRootsResult} each, kept as JSON until read with the
 * type the server asked for.
 *
 * @param responses the answers by key
 */
public record InputResponses(Map<String, JsonNode> responses) {

  public static final InputResponses NONE = new InputResponses(Map.of());

  public InputResponses {
    Objects.requireNonNull(responses, "responses");
    responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
  }

  @JsonCreator
  static InputResponses fromJson(Map<String, JsonNode> json) {
    return new InputResponses(json);
  }

  @JsonValue
  public Map<String, JsonNode> responses() {
    return responses;
  }

  /** Answers built from typed results. */
  public static InputResponses of(Map<String, ? extends McpResult> results) {
    LinkedHashMap<String, JsonNode> json = new LinkedHashMap<>();
    results.forEach((key, result) -> json.put(key, McpJson.toObject(result)));
    return new InputResponses(json);
  }

  public Set<String> keys() {
    return responses.keySet();
  }

  public boolean contains(String key) {
    return responses.containsKey(key);
  }

  public boolean isEmpty() {
    return responses.isEmpty();
  }

  /**
   * The answer under {@code key} read as {@code type}.
   *
   * @throws IllegalArgumentException if there is one but it is not a {@code type}
   */
  public <R> Optional<R> get(String key, Class<R> type) {
    JsonNode answer = responses.get(key);
    return answer == null ? Optional.empty() : Optional.of(McpJson.fromTree(answer, type));
  }

  /** A copy with one more answer. */
  public InputResponses with(String key, JsonNode answer) {
    LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>(responses);
    copy.put(key, answer);
    return new InputResponses(copy);
  }
}
