package io.jmcp.test;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.transport.memory.InMemoryTransport;
import java.util.function.UnaryOperator;

/**
 * Connects a client to a server inside the test's JVM, in one line:
 *
 * <pre>{@code
 * try (McpClient client = McpTestKit.connect(server)) {
 *   assertThat(client.callTool("add", Map.of("a", 1, "b", 2)).content()).isNotEmpty();
 * }
 * }</pre>
 *
 * <p>Messages still go through the JSON codec, so what is tested is what a real transport would
 * carry. {@link #open} also gives the server session and a recording of the traffic.
 */
public final class McpTestKit {

  private static final Implementation CLIENT = Implementation.of("jmcp-test-client", "1.0.0");

  private McpTestKit() {
  }

  /** A client with default settings, connected to {@code server}. */
  public static McpClient connect(McpServer server) {
    return open(server, builder -> builder).client();
  }

  /** A client configured by {@code client}, connected to {@code server}. */
  public static McpClient connect(McpServer server, UnaryOperator<McpClientBuilder> client) {
    return open(server, client).client();
  }

  /** A connection with both ends and the recorded traffic, as the client saw it. */
  public static TestConnection open(McpServer server, UnaryOperator<McpClientBuilder> client) {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    WireRecorder wire = new WireRecorder(pair.client());
    var session = server.connect(pair.server());
    McpClient connected = client.apply(McpClient.builder(CLIENT)).connect(wire);
    return new TestConnection(connected, session, wire);
  }
}
