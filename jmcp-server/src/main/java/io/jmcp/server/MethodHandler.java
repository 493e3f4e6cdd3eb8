package io.jmcp.server;

import tools.jackson.databind.node.ObjectNode;

/**
 * Answers requests of a method the protocol does not define: an extension's, or one of the
 * server's own ({@link McpServerBuilder#method}). Both eras reach it; in 2026-07-28 the server
 * adds {@code resultType} and its identity to what it returns.
 *
 * <p>Throw a {@link io.jmcp.jsonrpc.JsonRpcException} to answer with that error (say, -32602 for
 * bad params); any other exception becomes an internal error.
 */
@FunctionalInterface
public interface MethodHandler {

  /**
   * @param params the request's params (an empty object when it had none)
   * @return the result object
   */
  ObjectNode handle(ObjectNode params, RequestContext context) throws Exception;
}
