package io.jmcp.transport.http.server.internal;

import io.jmcp.server.ServerSession;

/** One Streamable HTTP session: the MCP session and its transport, with its last activity. */
public final class StreamableSession {

  private final ServerSession server;
  private final SessionTransport transport;
  private volatile long lastActivityNanos = System.nanoTime();

  public StreamableSession(ServerSession server, SessionTransport transport) {
    this.server = server;
    this.transport = transport;
  }

  public String id() {
    return server.id();
  }

  public ServerSession server() {
    return server;
  }

  public SessionTransport transport() {
    return transport;
  }

  public void touch() {
    lastActivityNanos = System.nanoTime();
  }

  /** Whether the session has seen no request for {@code idleNanos} and holds no stream open. */
  boolean isIdle(long idleNanos) {
    return System.nanoTime() - lastActivityNanos > idleNanos && !transport.isBusy();
  }

  public void close() {
    server.close();
  }
}
