package io.jmcp.schema;

/**
 * A request a client sends to a server. (Not sealed: the requests live in their spec-area
 * packages.)
 */
public interface ClientRequest<R extends McpResult> extends McpRequest<R> {
}
