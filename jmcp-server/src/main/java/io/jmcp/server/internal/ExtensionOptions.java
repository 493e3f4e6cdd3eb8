package io.jmcp.server.internal;

import io.jmcp.server.MethodHandler;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a server adds to the protocol: the extensions it declares (2026-07-28
 * {@code capabilities.extensions}) and the methods it answers beyond the spec's.
 */
public record ExtensionOptions(Map<String, JsonNode> declared, Map<String, MethodHandler> methods) {

  public ExtensionOptions {
    declared = Map.copyOf(declared);
    methods = Map.copyOf(methods);
  }
}
