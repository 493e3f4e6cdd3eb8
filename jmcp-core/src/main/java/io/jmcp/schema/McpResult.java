package io.jmcp.schema;

import org.jspecify.annotations.Nullable;

/** The result of an MCP request. */
public interface McpResult {

  /** The result's {@code _meta}, or null. */
  @Nullable Meta meta();
}
