package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of an MCP request, typed by the result it expects. The record holds what goes in
 * {@code params}; the JSON-RPC envelope (id, method) is added by the session.
 *
 * @param <R> the result type
 */
public interface McpRequest<R extends McpResult> {

  /** The JSON-RPC method name. */
  @JsonIgnore
  String method();

  /** The type of the result. */
  @JsonIgnore
  Class<R> resultType();

  /** The request's {@code _meta}, or null. */
  @Nullable Meta meta();
}
