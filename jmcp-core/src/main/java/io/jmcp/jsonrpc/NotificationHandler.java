package io.jmcp.jsonrpc;

/**
 * Receives inbound notifications, on the transport's delivery thread and in arrival order (for
 * ordered transports), so it sees a progress notification before the response it precedes. It
 * must therefore return quickly and must not wait for responses from the same peer: hand longer
 * work to another thread.
 */
@FunctionalInterface
public interface NotificationHandler {

  void handle(JsonRpcNotification notification, TransportContext context);
}
