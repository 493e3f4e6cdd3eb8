package io.jmcp.server.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** The result of a method the protocol does not define: the handler's JSON, as it made it. */
record ExtensionResult(@JsonValue ObjectNode json) implements McpResult {

  @Override
  public @Nullable Meta meta() {
    return null;
  }
}
