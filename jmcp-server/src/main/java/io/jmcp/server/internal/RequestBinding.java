package io.jmcp.server.internal;

import io.jmcp.schema.McpJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a multi round-trip request is about, as a digest: its method and its parameters without
 * the members that change from round to round ({@code _meta}, {@code inputResponses},
 * {@code requestState}). A request state is only accepted on a retry of the request it was
 * issued for.
 */
final class RequestBinding {

  /** Members a retry adds or changes; everything else must be as in the first request. */
  static final Set<String> ROUND_MEMBERS = Set.of("_meta", "inputResponses", "requestState");

  private RequestBinding() {
  }

  /** The digest of {@code method} and {@code params}, base64url. */
  static String of(String method, @Nullable JsonNode params) {
    ObjectNode stable = McpJson.object();
    if (params != null && params.isObject()) {
      for (Map.Entry<String, JsonNode> member : params.properties()) {
        if (!ROUND_MEMBERS.contains(member.getKey())) {
          stable.set(member.getKey(), member.getValue());
        }
      }
    }
    String canonical = method + "\n" + canonical(stable);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** JSON with object members sorted by name, so equal values give equal text. */
  static String canonical(JsonNode node) {
    return sorted(node).toString();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.propertyNames());
      Collections.sort(names);
      ObjectNode copy = McpJson.object();
      for (String name : names) {
        copy.set(name, sorted(node.get(name)));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = McpJson.object().arrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }
}
