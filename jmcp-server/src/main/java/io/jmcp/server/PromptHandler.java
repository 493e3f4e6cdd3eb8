package io.jmcp.server;

import io.jmcp.schema.prompts.GetPromptResult;
import java.util.Map;

/**
 * Renders a prompt. Required arguments have been checked. Throw
 * {@link io.jmcp.jsonrpc.JsonRpcException} for a specific error (e.g. an invalid argument value);
 * other exceptions become an internal error.
 */
@FunctionalInterface
public interface PromptHandler {

  GetPromptResult get(Map<String, String> arguments, RequestContext context) throws Exception;
}
