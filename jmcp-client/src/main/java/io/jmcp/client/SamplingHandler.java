package io.jmcp.client;

import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;

/**
 * Answers a server's {@code sampling/createMessage}: runs the conversation through an LLM the
 * client chooses (after asking its user, ideally). Throw
 * {@link io.jmcp.jsonrpc.JsonRpcException} (e.g. code {@link io.jmcp.jsonrpc.ErrorCodes#USER_REJECTED})
 * to refuse.
 */
@FunctionalInterface
public interface SamplingHandler {

  CreateMessageResult createMessage(CreateMessageRequest request, ClientRequestContext context)
      throws Exception;
}
