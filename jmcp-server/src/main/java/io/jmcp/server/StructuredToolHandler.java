package io.jmcp.server;

/**
 * Runs a tool with typed arguments and a typed result: the result becomes
 * {@code structuredContent} (checked against the output schema generated from its type) plus the
 * same JSON as text for clients that only read content. Exceptions are treated as in
 * {@link ToolHandler}.
 *
 * @param <A> the arguments type
 * @param <R> the result type
 */
@FunctionalInterface
public interface StructuredToolHandler<A, R> {

  R call(A arguments, RequestContext context) throws Exception;
}
