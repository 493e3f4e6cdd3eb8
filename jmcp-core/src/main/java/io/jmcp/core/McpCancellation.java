package io.jmcp.core;

import io.jmcp.jsonrpc.CancellationProtocol;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.CancelledNotification;
import io.jmcp.schema.McpJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** MCP's spelling of cancellation: {@code notifications/cancelled} with the request id. */
public final class McpCancellation implements CancellationProtocol {

  public static final McpCancellation INSTANCE = new McpCancellation();

  private McpCancellation() {
  }

  @Override
  public JsonRpcNotification cancelNotification(RequestId id, @Nullable String reason) {
    return new JsonRpcNotification(CancelledNotification.METHOD,
        McpJson.toObject(new CancelledNotification(id, reason, null, Map.of())));
  }

  @Override
  public @Nullable Cancellation cancellation(JsonRpcNotification notification) {
    if (!CancelledNotification.METHOD.equals(notification.method())) {
      return null;
    }
    try {
      CancelledNotification cancelled =
          McpJson.fromTree(notification.params(), CancelledNotification.class);
      // Without a request id (2025-11-25 tasks use tasks/cancel instead) there is nothing to stop.
      return cancelled.requestId() == null ? null
          : new Cancellation(cancelled.requestId(), cancelled.reason());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
