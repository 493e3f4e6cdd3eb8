package io.jmcp.examples;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.util.Map;

/** The client example of the README (kept compiling and tested here). */
public class EverythingClient {

  static String run(Transport transport) {
    StringBuilder out = new StringBuilder();
    try (McpClient client = McpClient.builder(Implementation.of("my-app", "1.0.0"))
        .sampling((request, context) -> CreateMessageResult.text("my-llm", "42"))
        .connect(transport)) {
      for (Tool tool : client.listTools()) {
        out.append(tool.name()).append(": ").append(tool.description()).append('\n');
      }
      CallToolResult sum = client.callTool("add", Map.of("a", 2, "b", 40));
      out.append(sum.content()).append('\n');
    }
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.print(run(StdioClientTransport.builder("./jmcp", "server", "everything").build()));
  }
}
