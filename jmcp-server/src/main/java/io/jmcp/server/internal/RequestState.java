package io.jmcp.server.internal;

import io.jmcp.schema.McpJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a server keeps between the rounds of a multi round-trip request, inside the
 * {@code requestState} the client echoes: the answers it already has, and what binds the state to
 * one request, one caller and a deadline. Sealed by {@link RequestStateCodec}.
 *
 * @param method the request's method
 * @param binding the digest of its stable parameters ({@link RequestBinding})
 * @param caller who asked (a digest of the authenticated principal), or null
 * @param expiresAt when the state stops being accepted, epoch milliseconds
 * @param nonce unique per state, for single-use enforcement
 * @param answers the input responses of earlier rounds, by key
 */
record RequestState(String method, String binding, @Nullable String caller, long expiresAt,
    String nonce, Map<String, JsonNode> answers) {

  RequestState {
    answers = new LinkedHashMap<>(answers);
  }

  /** The compact JSON form sealed into the token. */
  ObjectNode toJson() {
    ObjectNode json = McpJson.object();
    json.put("m", method);
    json.put("b", binding);
    if (caller != null) {
      json.put("c", caller);
    }
    json.put("x", expiresAt);
    json.put("n", nonce);
    ObjectNode answered = json.putObject("a");
    answers.forEach(answered::set);
    return json;
  }

  /** Reads {@link #toJson()}; anything else is refused. */
  static RequestState fromJson(JsonNode json) {
    if (!json.path("m").isString() || !json.path("b").isString() || !json.path("x").isNumber()
        || !json.path("n").isString() || !json.path("a").isObject()) {
      throw new IllegalArgumentException("not a request state");
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    json.get("a").properties().forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
    String caller = json.path("c").isString() ? json.get("c").asString() : null;
    return new RequestState(json.get("m").asString(), json.get("b").asString(), caller,
        json.get("x").asLong(), json.get("n").asString(), answers);
  }
}
