package io.jmcp.schema;

/** A notification a server sends to a client. */
public interface ServerNotification extends McpNotification {
}
