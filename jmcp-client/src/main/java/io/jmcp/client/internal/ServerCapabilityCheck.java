package io.jmcp.client.internal;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpRequest;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.completion.CompleteRequest;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import io.jmcp.schema.logging.SetLevelRequest;
import io.jmcp.schema.resources.SubscribeRequest;
import io.jmcp.schema.resources.UnsubscribeRequest;

/**
 * Refuses, before sending, requests for features the server did not declare (the spec: a client
 * MUST NOT use what was not negotiated). Answers as the server would: -32601.
 */
public final class ServerCapabilityCheck {

  private ServerCapabilityCheck() {
  }

  public static void require(McpRequest<?> request, ServerCapabilities capabilities,
      ProtocolVersion version) {
    String method = request.method();
    String missing = null;
    if (method.startsWith("tools/")) {
      missing = capabilities.tools() == null ? "tools" : null;
    } else if (request instanceof SubscribeRequest || request instanceof UnsubscribeRequest) {
      missing = capabilities.resources() == null
          || !Boolean.TRUE.equals(capabilities.resources().subscribe()) ? "resources.subscribe"
          : null;
    } else if (method.startsWith("resources/")) {
      missing = capabilities.resources() == null ? "resources" : null;
    } else if (method.startsWith("prompts/")) {
      missing = capabilities.prompts() == null ? "prompts" : null;
    } else if (request instanceof SetLevelRequest) {
      missing = capabilities.logging() == null ? "logging" : null;
    } else if (request instanceof CompleteRequest) {
      // Before 2025-03-26 completion needed no capability.
      missing = version.supports(ProtocolFeature.COMPLETIONS_CAPABILITY)
          && capabilities.completions() == null ? "completions" : null;
    }
    if (missing != null) {
      throw JsonRpcException.methodNotFound("Method not found: the server does not offer "
          + method + " (it did not declare the '" + missing + "' capability)");
    }
  }
}
