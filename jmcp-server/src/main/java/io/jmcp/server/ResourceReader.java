package io.jmcp.server;

import io.jmcp.schema.resources.ReadResourceResult;

/**
 * Reads one listed resource. Throw {@link io.jmcp.jsonrpc.JsonRpcException} for a specific error;
 * other exceptions become an internal error (logged, not sent).
 */
@FunctionalInterface
public interface ResourceReader {

  ReadResourceResult read(String uri, RequestContext context) throws Exception;
}
