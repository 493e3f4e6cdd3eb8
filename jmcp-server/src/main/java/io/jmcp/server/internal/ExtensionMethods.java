package io.jmcp.server.internal;

import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.server.MethodHandler;
import io.jmcp.server.RequestContext;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Requests of methods the protocol does not define, answered by the server's own handlers. */
public final class ExtensionMethods {

  /** What clients ask servers in some revision, or of an extension jmcp implements itself. */
  private static final Set<String> PROTOCOL = Set.of("initialize", "ping", "tools/list",
      "tools/call", "resources/list", "resources/read", "resources/templates/list",
      "resources/subscribe", "resources/unsubscribe", "prompts/list", "prompts/get",
      "completion/complete", "logging/setLevel", "server/discover", "subscriptions/listen",
      "tasks/get", "tasks/list", "tasks/result", "tasks/cancel", "tasks/update");

  private ExtensionMethods() {
  }

  /** Whether {@code method} is the protocol's, which no extension handler may take over. */
  public static boolean isProtocolMethod(String method) {
    return PROTOCOL.contains(method);
  }

  /** The handler's answer to {@code request}, or -32601 when no handler takes the method. */
  static McpResult answer(ExtensionOptions extensions, InboundRequest request,
      RequestContext context) throws Exception {
    MethodHandler handler = extensions.methods().get(request.method());
    if (handler == null) {
      throw JsonRpcException.methodNotFound("Method not found: " + request.method());
    }
    JsonNode params = request.params();
    ObjectNode arguments;
    if (params == null || params.isNull()) {
      arguments = McpJson.object();
    } else if (params instanceof ObjectNode object) {
      arguments = object.deepCopy();
    } else {
      throw JsonRpcException.invalidParams("Invalid params for " + request.method()
          + ": params must be an object");
    }
    ObjectNode result = handler.handle(arguments, context);
    if (result == null) {
      throw new IllegalStateException("the handler of " + request.method() + " returned null");
    }
    return new ExtensionResult(result);
  }
}
