package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/** The parameters of an MCP notification; the session adds the JSON-RPC envelope. */
public interface McpNotification {

  /** The JSON-RPC method name. */
  @JsonIgnore
  String method();

  /** The notification's {@code _meta}, or null. */
  @Nullable Meta meta();
}
