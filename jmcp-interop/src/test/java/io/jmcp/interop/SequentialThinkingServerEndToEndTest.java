package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code ./jmcp server sequential-thinking} as a real child process over stdio. */
class SequentialThinkingServerEndToEndTest {

  private static StdioClientTransport.Builder server(List<String> stderr) {
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString(),
        "server", "sequential-thinking").stderr(stderr::add).name("jmcp-sequential-thinking");
  }

  private static CallToolResult think(McpClient client, int number, int total, boolean next) {
    return client.callTool("sequentialthinking", Map.of("thought", "step " + number,
        "nextThoughtNeeded", next, "thoughtNumber", number, "totalThoughts", total));
  }

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
  void thinksOverStdioAndDrawsOnStderr(ProtocolVersion version) {
    List<String> stderr = new CopyOnWriteArrayList<>();
    WireRecorder wire = new WireRecorder(server(stderr).build());
    try (McpClient client = McpClient.builder(Implementation.of("thinking-e2e", "1.0"))
        .protocolVersion(version).connect(wire)) {
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("sequentialthinking");
      think(client, 1, 2, true);
      CallToolResult last = think(client, 3, 2, false);
      String text = McpJson.toTree(last.content().getFirst()).path("text").asString();
      assertThat(McpJson.mapper().readTree(text).path("totalThoughts").asInt()).isEqualTo(3);
      assertThat(McpJson.mapper().readTree(text).path("thoughtHistoryLength").asInt())
          .isEqualTo(2);
    }
    assertThat(stderr).contains("│ 💭 Thought 1/2 │", "│ 💭 Thought 3/3 │");
    assertThat(ProtocolSchema.of(version).validate(wire.messages(), null)).isEmpty();
  }

  @Test
  void disableThoughtLoggingKeepsStderrQuiet() {
    List<String> stderr = new CopyOnWriteArrayList<>();
    try (McpClient client = McpClient.builder(Implementation.of("thinking-e2e", "1.0"))
        .connect(server(stderr).env("DISABLE_THOUGHT_LOGGING", "true").build())) {
      assertThat(think(client, 1, 1, false).isError()).isNull();
    }
    assertThat(stderr).noneMatch(line -> line.contains("Thought"));
  }
}
