package io.jmcp.transport.http.client.internal;

import io.jmcp.core.HeaderValue;
import io.jmcp.core.ParameterHeader;
import io.jmcp.core.ParameterHeaders;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.transport.http.McpHttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The headers of a 2026-07-28 POST, mirrored from its body: {@code MCP-Protocol-Version},
 * {@code Mcp-Method}, {@code Mcp-Name}, and {@code Mcp-Param-*} for the arguments the tool's
 * schema annotates with {@code x-mcp-header}. The tools' annotations are learned from the
 * {@code tools/list} results that pass through the transport.
 */
public final class StatelessHeaders {

  private static final Logger LOG = LoggerFactory.getLogger(StatelessHeaders.class);

  private final Map<String, List<ParameterHeader>> toolParameters = new ConcurrentHashMap<>();
  private final Map<RequestId, Boolean> pendingToolLists = new ConcurrentHashMap<>();

  /** The stateless revision a request speaks, if it is a 2026-07-28 request. */
  public static Optional<String> version(JsonRpcMessage message) {
    if (!(message instanceof JsonRpcRequest request) || request.params() == null) {
      return Optional.empty();
    }
    JsonNode version = request.params().path("_meta").get(Meta.PROTOCOL_VERSION);
    if (version == null || !version.isString()) {
      return Optional.empty();
    }
    return ProtocolVersion.parse(version.asString()).filter(v -> !v.isLegacy())
        .map(v -> version.asString());
  }

  /** The headers for {@code request} (a 2026-07-28 request speaking {@code version}). */
  public Map<String, String> of(JsonRpcRequest request, String version) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(McpHttpHeaders.PROTOCOL_VERSION, version);
    headers.put(McpHttpHeaders.METHOD, request.method());
    String subject = subject(request.method(), request.params());
    if (subject != null) {
      headers.put(McpHttpHeaders.NAME, HeaderValue.encode(subject));
    }
    if ("tools/call".equals(request.method()) && subject != null) {
      List<ParameterHeader> parameters = toolParameters.get(subject);
      if (parameters != null && request.params() != null) {
        headers.putAll(ParameterHeaders.headersFor(parameters, request.params().get("arguments")));
      }
    }
    if ("tools/list".equals(request.method())) {
      pendingToolLists.put(request.id(), true);
    }
    return headers;
  }

  /** Learns the tools' header annotations from a {@code tools/list} result. */
  public void observe(JsonRpcMessage message) {
    if (!(message instanceof JsonRpcResult result)
        || pendingToolLists.remove(result.id()) == null) {
      return;
    }
    JsonNode tools = result.result().get("tools");
    if (tools == null || !tools.isArray()) {
      return;
    }
    for (JsonNode tool : tools) {
      String name = tool.path("name").asString("");
      try {
        toolParameters.put(name, ParameterHeaders.of(tool.get("inputSchema")));
      } catch (IllegalArgumentException e) {
        LOG.debug("Tool {} has invalid x-mcp-header annotations: {}", name, e.getMessage());
        toolParameters.remove(name);
      }
    }
  }

  /** What a request is about, for {@code Mcp-Name}. */
  static @Nullable String subject(String method, @Nullable JsonNode params) {
    String member = switch (method) {
      case "tools/call", "prompts/get" -> "name";
      case "resources/read" -> "uri";
      case "tasks/get", "tasks/update", "tasks/cancel" -> "taskId";
      default -> null;
    };
    if (member == null || params == null || !params.path(member).isString()) {
      return null;
    }
    return params.get(member).asString();
  }
}
