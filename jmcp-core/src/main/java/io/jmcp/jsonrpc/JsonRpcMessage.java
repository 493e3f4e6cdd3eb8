package io.jmcp.jsonrpc;

/**
 * One JSON-RPC 2.0 frame as it travels on a transport: a request, a notification, a response, or
 * (MCP 2025-03-26 only) a batch of them.
 */
public sealed interface JsonRpcMessage
    permits JsonRpcRequest, JsonRpcNotification, JsonRpcResponse, JsonRpcBatch {
}
