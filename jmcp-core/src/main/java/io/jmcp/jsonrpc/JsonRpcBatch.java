package io.jmcp.jsonrpc;

import java.util.List;

/**
 * A JSON array of messages in one frame. Only MCP 2025-03-26 allows batches; whether one is
 * acceptable is decided by the peer's {@link JsonRpcPeer.Builder#batches batch policy}, not here.
 */
public record JsonRpcBatch(List<JsonRpcMessage> messages) implements JsonRpcMessage {

  public JsonRpcBatch {
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a batch holds at least one message");
    }
    for (JsonRpcMessage message : messages) {
      if (message instanceof JsonRpcBatch) {
        throw new IllegalArgumentException("batches do not nest");
      }
    }
  }
}
