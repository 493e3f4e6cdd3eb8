package io.jmcp.schema;

/** A request a server sends to a client (legacy revisions only). */
public interface ServerRequest<R extends McpResult> extends McpRequest<R> {
}
