package io.jmcp.server;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.roots.Root;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** One client connected to an {@link McpServer}: its identity, capabilities and state. */
public interface ServerSession extends AutoCloseable {

  /** A random id naming this session in logs (and, over HTTP, the session header). */
  String id();

  /** Whether the client has completed {@code initialize}. */
  boolean isInitialized();

  /**
   * The negotiated revision.
   *
   * @throws IllegalStateException before initialization
   */
  ProtocolVersion protocolVersion();

  /** What the client declared; {@link ClientCapabilities#NONE} before initialization. */
  ClientCapabilities clientCapabilities();

  /** The client's self-reported identity. */
  Implementation clientInfo();

  /** The minimum level the client asked for, or null if it never set one (then all are sent). */
  @Nullable LoggingLevel logLevel();

  /** The resource URIs the client subscribed to. */
  Set<String> subscriptions();

  /** Asks the client for its roots (cached while the client promises change notifications). */
  List<Root> roots();

  /** Sends a log message outside any request, if its level passes the client's threshold. */
  void log(LoggingLevel level, @Nullable String logger, Object data);

  /** Sends a notification to the client. */
  void notify(ServerNotification notification);

  /** Completes when the connection closes. */
  CompletableFuture<@Nullable Throwable> closed();

  /** Closes the connection. */
  @Override
  void close();
}
