package io.jmcp.test;

import io.jmcp.client.McpClient;
import io.jmcp.server.ServerSession;
import java.util.List;

/**
 * A client and server connected in memory, with the traffic as the client saw it.
 *
 * @param wire every message, {@code SENT} by the client or {@code RECEIVED} from the server
 */
public record TestConnection(McpClient client, ServerSession session, WireRecorder wire)
    implements AutoCloseable {

  /**
   * Problems of the recorded traffic against the official schema of the negotiated revision;
   * empty when every message conforms.
   */
  public List<String> schemaViolations() {
    return ProtocolSchema.violations(wire.messages());
  }

  @Override
  public void close() {
    client.close();
    session.close();
  }
}
