package io.jmcp.server;

import io.jmcp.schema.tools.CallToolResult;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a tool. Arguments have already been validated against the tool's input schema.
 *
 * <p>Return the result, with {@code isError} for failures the model should see. Any exception
 * also becomes an {@code isError} result carrying its message, except a
 * {@link io.jmcp.jsonrpc.JsonRpcException} raised by the handler itself, which becomes a JSON-RPC
 * error response.
 */
@FunctionalInterface
public interface ToolHandler {

  CallToolResult call(ObjectNode arguments, RequestContext context) throws Exception;
}
