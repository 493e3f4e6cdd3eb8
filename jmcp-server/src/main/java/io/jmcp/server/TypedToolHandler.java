package io.jmcp.server;

import io.jmcp.schema.tools.CallToolResult;

/**
 * Runs a tool whose arguments are bound to a Java type (a record, typically) after validation
 * against the schema generated from that type. Exceptions are treated as in {@link ToolHandler}.
 *
 * @param <A> the arguments type
 */
@FunctionalInterface
public interface TypedToolHandler<A> {

  CallToolResult call(A arguments, RequestContext context) throws Exception;
}
