package io.jmcp.conformance;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client the conformance suite's client scenarios start, once per scenario, with the scenario
 * in {@code MCP_CONFORMANCE_SCENARIO} and the server URL as the last argument. Every scenario it
 * knows is played the same way a real client would: connect, list the tools, call each.
 */
public final class ConformanceClient {

  /** The scenarios of suite 0.1.16 this client plays (the auth ones come with authorization). */
  public static final Set<String> SCENARIOS = Set.of("initialize", "tools_call",
      "elicitation-sep1034-client-defaults", "sse-retry");

  private ConformanceClient() {
  }

  /** Plays {@code scenario} against {@code url}; returns the process exit code. */
  public static int run(String scenario, ProtocolVersion version, URI url, PrintStream log) {
    if (!SCENARIOS.contains(scenario)) {
      log.println("jmcp conformance client: unknown scenario '" + scenario + "'");
      return 2;
    }
    try (McpClient client = McpClient.builder(Implementation.of("jmcp-conformance-client", "1.0.0"))
        .protocolVersion(version)
        .sampling((request, context) -> CreateMessageResult.text("jmcp-conformance",
            "A response from the jmcp conformance client"))
        // Accept with nothing filled in: the client applies the form's defaults (SEP-1034).
        .elicitation((request, context) -> ElicitResult.accept(Map.of()))
        .connect(StreamableHttpClientTransport.builder(url).build())) {
      List<Tool> tools = client.serverCapabilities().tools() == null ? List.of()
          : client.listTools();
      for (Tool tool : tools) {
        Map<String, Object> arguments = tool.name().equals("add_numbers")
            ? Map.of("a", 1, "b", 2) : Map.of();
        CallToolResult result = client.callTool(tool.name(), arguments);
        log.println("called " + tool.name() + ": " + (result.failed() ? "error " : "")
            + result.content());
      }
      return 0;
    } catch (RuntimeException e) {
      log.println("jmcp conformance client: " + scenario + " failed: " + e);
      return 1;
    }
  }
}
