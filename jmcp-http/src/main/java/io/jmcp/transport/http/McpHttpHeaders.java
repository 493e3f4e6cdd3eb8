package io.jmcp.transport.http;

/** The HTTP header names MCP uses (names compare case-insensitively on the wire). */
public final class McpHttpHeaders {

  /** The session a request belongs to (Streamable HTTP, 2025-03-26 to 2025-11-25). */
  public static final String SESSION_ID = "Mcp-Session-Id";
  /** The negotiated revision, on every request after initialization (2025-06-18+). */
  public static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
  /** The id of the last SSE event received, to resume a stream. */
  public static final String LAST_EVENT_ID = "Last-Event-ID";

  /** The method of the request in the body (2026-07-28). */
  public static final String METHOD = "Mcp-Method";
  /** The tool or prompt name, resource URI or task id the request is about (2026-07-28). */
  public static final String NAME = "Mcp-Name";

  public static final String JSON = "application/json";
  public static final String EVENT_STREAM = "text/event-stream";

  private McpHttpHeaders() {
  }
}
