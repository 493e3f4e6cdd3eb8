package io.jmcp.server.internal;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.RequestContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run of a tool's handler, the same whether the call is answered directly or runs as a task:
 * arguments checked against the input schema, failures turned into {@code isError} results the
 * model can read (except protocol errors the handler raised itself), structured content checked
 * against the output schema.
 */
final class ToolCall {

  private static final Logger LOG = LoggerFactory.getLogger(ToolCall.class);

  private ToolCall() {
  }

  /**
   * Runs {@code entry} for {@code request}.
   *
   * @throws JsonRpcException the protocol error the call ends with
   */
  static CallToolResult run(ToolEntry entry, CallToolRequest request, RequestContext context)
      throws Exception {
    ObjectNode arguments = request.arguments() == null ? McpJson.object() : request.arguments();
    List<String> problems = entry.input().validate(arguments);
    if (!problems.isEmpty()) {
      return CallToolResult.error("Invalid arguments for tool " + request.name() + ": "
          + String.join("; ", problems));
    }
    CallToolResult result;
    try {
      result = entry.tool().handler().call(arguments, context);
    } catch (JsonRpcException e) {
      if (context.isCancelled()) {
        throw e;
      }
      if (!e.isLocal() && !e.isFromPeer()) {
        throw e;
      }
      result = CallToolResult.error(e.getMessage());
    } catch (InterruptedException e) {
      if (context.isCancelled()) {
        throw new RequestCancelledException("cancelled");
      }
      result = CallToolResult.error("Tool " + request.name() + " was interrupted");
    } catch (Exception e) {
      LOG.debug("Tool {} failed", request.name(), e);
      result = CallToolResult.error(e.getMessage() != null ? e.getMessage()
          : "Tool " + request.name() + " failed: " + e.getClass().getSimpleName());
    }
    if (result == null) {
      throw JsonRpcException.internalError("Tool " + request.name() + " returned no result");
    }
    checkOutput(entry, result);
    return result;
  }

  /** A tool with an output schema must return conforming structured content (spec: MUST). */
  private static void checkOutput(ToolEntry entry, CallToolResult result) {
    if (entry.output() == null || result.failed()) {
      return;
    }
    if (result.structuredContent() == null) {
      throw JsonRpcException.internalError("Tool " + entry.name()
          + " declares an output schema but returned no structured content");
    }
    List<String> problems = entry.output().validate(result.structuredContent());
    if (!problems.isEmpty()) {
      throw JsonRpcException.internalError("Tool " + entry.name()
          + " returned structured content that does not match its output schema: "
          + String.join("; ", problems));
    }
  }
}
