package io.jmcp.server.internal;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.roots.Root;
import io.jmcp.server.ServerSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "session" of a 2026-07-28 request, for handler code written against sessions: there is
 * none, so it describes the request itself. It has no subscriptions, roots come from the request
 * (a round of input), and notifications outside the request have nowhere to go.
 */
final class RequestSession implements ServerSession {

  private static final Logger LOG = LoggerFactory.getLogger(RequestSession.class);

  private final ServerSession connection;
  private final StatelessRequestContext request;

  RequestSession(ServerSession connection, StatelessRequestContext request) {
    this.connection = connection;
    this.request = request;
  }

  @Override
  public String id() {
    return connection.id();
  }

  @Override
  public boolean isInitialized() {
    return true;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return request.protocolVersion();
  }

  @Override
  public ClientCapabilities clientCapabilities() {
    return request.clientCapabilities();
  }

  @Override
  public Implementation clientInfo() {
    return request.clientInfo();
  }

  @Override
  public @Nullable LoggingLevel logLevel() {
    return request.logLevel();
  }

  @Override
  public Set<String> subscriptions() {
    return Set.of();
  }

  @Override
  public List<Root> roots() {
    return request.roots();
  }

  @Override
  public void log(LoggingLevel level, @Nullable String logger, Object data) {
    request.log(level, logger, data);
  }

  @Override
  public void notify(ServerNotification notification) {
    // 2026-07-28 has no channel to a client outside its requests and listen streams.
    LOG.debug("Dropping {} for a stateless request: there is no session to send it on",
        notification.method());
  }

  @Override
  public CompletableFuture<@Nullable Throwable> closed() {
    return connection.closed();
  }

  @Override
  public void close() {
    // A stateless request has no session of its own to close.
  }

  @Override
  public String toString() {
    return "RequestSession[" + request.requestId() + ", " + request.protocolVersion() + "]";
  }
}
