package io.jmcp.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The client input one round of a 2026-07-28 request can use: the answers carried in the
 * request state from earlier rounds plus the {@code inputResponses} of this retry. A handler
 * asking for something not among them ends the round ({@link InputRequiredSignal}); the answers
 * it did use are carried into the next request state, so the handler, run again, finds them
 * under the same keys.
 */
final class InputExchange {

  private final Map<String, JsonNode> available;
  private final Map<String, JsonNode> used = new LinkedHashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();

  InputExchange(Map<String, JsonNode> fromState, InputResponses fromRetry) {
    this.available = new LinkedHashMap<>(fromState);
    // A retry answers what the last round asked; it never overrides an earlier round's answer.
    fromRetry.responses().forEach(available::putIfAbsent);
  }

  /** The next automatic key for a request of {@code kind}: {@code elicitation-1}, ... */
  synchronized String nextKey(String kind) {
    int n = counters.merge(kind, 1, Integer::sum);
    return kind + "-" + n;
  }

  /**
   * The answers to {@code requests}, each read as its request's result type.
   *
   * @throws InputRequiredSignal if any is missing (the round ends)
   * @throws JsonRpcException -32602 if an answer is not a result of the right kind
   */
  synchronized InputResponses ask(InputRequests requests) {
    Map<String, ServerRequest<?>> missing = new LinkedHashMap<>();
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    for (Map.Entry<String, ServerRequest<?>> entry : requests.requests().entrySet()) {
      JsonNode answer = available.get(entry.getKey());
      if (answer == null) {
        missing.put(entry.getKey(), entry.getValue());
      } else {
        answers.put(entry.getKey(), checked(entry.getKey(), entry.getValue(), answer));
      }
    }
    used.putAll(answers);
    if (!missing.isEmpty()) {
      throw new InputRequiredSignal(new InputRequests(missing));
    }
    return new InputResponses(answers);
  }

  /** The answers this round used, to seal into the next request state. */
  synchronized Map<String, JsonNode> used() {
    return new LinkedHashMap<>(used);
  }

  private static JsonNode checked(String key, ServerRequest<?> request, JsonNode answer) {
    if (!answer.isObject()) {
      throw invalid(key, request, "it is not an object");
    }
    try {
      McpResult result = McpJson.fromTree(answer, request.resultType());
      if (result == null) {
        throw invalid(key, request, "it is empty");
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(key, request, e.getMessage());
    }
    return answer;
  }

  private static JsonRpcException invalid(String key, ServerRequest<?> request, String why) {
    return new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Invalid params: inputResponses."
        + key + " does not answer " + request.method() + ": " + why,
        McpJson.object().put("key", key));
  }
}
