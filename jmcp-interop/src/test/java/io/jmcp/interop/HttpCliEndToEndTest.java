package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.http.client.SseClientTransport;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jmcp server NAME --http 127.0.0.1:0} as a real process: it prints where it serves, and
 * the jmcp client talks to it over Streamable HTTP and legacy HTTP+SSE.
 */
class HttpCliEndToEndTest {

  private static final Pattern SERVING =
      Pattern.compile("serving \\S+ at (http://\\S+/mcp)(?: \\(legacy HTTP\\+SSE at (http://\\S+/sse)\\))?");

  @TempDir
  Path directory;

  @Test
  void everythingOverBothHttpTransports() {
    try (ListeningProcess server = jmcp("server", "everything", "--http", "127.0.0.1:0")) {
      URI endpoint = URI.create(server.readyGroup(1));
      assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
      WireRecorder wire = new WireRecorder(StreamableHttpClientTransport.builder(endpoint).build());
      try (McpClient client = McpClient.builder(Implementation.of("http-e2e", "1.0")).connect(wire)) {
        assertThat(client.serverInfo().name()).isEqualTo("jmcp-everything");
        assertThat(client.listTools()).extracting(Tool::name).contains("echo", "add");
        CallToolResult echo = client.callTool("echo", Map.of("message", "over HTTP"));
        assertThat(echo.content().toString()).contains("over HTTP");
      }
      assertThat(ProtocolSchema.violations(wire.messages()))
          .isEmpty();

      URI legacy = URI.create(server.readyGroup(2));
      try (McpClient client = McpClient.builder(Implementation.of("sse-e2e", "1.0"))
          .protocolVersion(ProtocolVersion.V2024_11_05)
          .connect(SseClientTransport.builder(legacy).build())) {
        assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2024_11_05);
        assertThat(client.callTool("add", Map.of("a", 40, "b", 2)).content().toString())
            .contains("42");
      }
      assertThat(server.isAlive()).as(server.output()).isTrue();
    }
  }

  @Test
  void anotherServerStatelessWithJsonResponses() {
    try (ListeningProcess server = jmcp("server", "time", "--local-timezone", "Europe/Lisbon",
        "--http", "0", "--stateless", "--json-responses")) {
      URI endpoint = URI.create(server.readyGroup(1));
      try (McpClient client = McpClient.builder(Implementation.of("http-e2e", "1.0"))
          .connect(StreamableHttpClientTransport.builder(endpoint).build())) {
        assertThat(client.listTools()).extracting(Tool::name)
            .containsExactlyInAnyOrder("get_current_time", "convert_time");
        CallToolResult now = client.callTool("get_current_time",
            Map.of("timezone", "Asia/Tokyo"));
        assertThat(now.isError()).isNotEqualTo(true);
        assertThat(now.content().toString()).contains("Asia/Tokyo");
      }
      assertThat(server.output()).contains("(stateless)");
    }
  }

  private ListeningProcess jmcp(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(NodeTools.repositoryRoot().resolve("jmcp").toString());
    command.addAll(List.of(arguments));
    return ListeningProcess.start(command, directory, Map.of(), SERVING);
  }
}
