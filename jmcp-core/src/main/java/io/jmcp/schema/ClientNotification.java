package io.jmcp.schema;

/** A notification a client sends to a server. */
public interface ClientNotification extends McpNotification {
}
