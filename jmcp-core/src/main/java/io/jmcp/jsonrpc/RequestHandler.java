package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answers inbound requests. Runs on its own virtual thread per request, so it may block.
 *
 * <p>Return the result ({@code null} means an empty object); throw a {@link JsonRpcException} for
 * a specific error response. Any other exception becomes a generic internal error and is logged
 * here, never sent as a stack trace. A request the peer cancelled gets no response at all.
 */
@FunctionalInterface
public interface RequestHandler {

  @Nullable JsonNode handle(InboundRequest request) throws Exception;
}
