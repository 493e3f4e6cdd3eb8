package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** {@code ./jmcp server time} as a real child process: both tools over stdio at every revision. */
class TimeServerEndToEndTest {

  private static String jmcp() {
    return NodeTools.repositoryRoot().resolve("jmcp").toString();
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
  void bothToolsOverStdio(ProtocolVersion version) {
    WireRecorder wire = new WireRecorder(StdioClientTransport.builder(jmcp(), "server", "time",
        "--local-timezone=Asia/Kathmandu").name("jmcp-time").build());
    try (McpClient client = McpClient.builder(Implementation.of("time-e2e", "1.0"))
        .protocolVersion(version).connect(wire)) {
      List<Tool> tools = client.listTools();
      assertThat(tools).extracting(Tool::name).containsExactly("get_current_time", "convert_time");
      assertThat(tools.getFirst().inputSchema().toString()).contains("Use 'Asia/Kathmandu'");

      JsonNode now = McpJson.mapper().readTree(text(client.callTool("get_current_time",
          Map.of("timezone", "Asia/Kathmandu"))));
      assertThat(OffsetDateTime.parse(now.path("datetime").asString()).getOffset().getId())
          .isEqualTo("+05:45");
      assertThat(now.path("is_dst").isBoolean()).isTrue();

      JsonNode converted = McpJson.mapper().readTree(text(client.callTool("convert_time",
          Map.of("source_timezone", "UTC", "time", "12:00", "target_timezone",
              "Asia/Kathmandu"))));
      assertThat(converted.path("time_difference").asString()).isEqualTo("+5.75h");
      assertThat(converted.path("target").path("datetime").asString()).endsWith("T17:45:00+05:45");

      CallToolResult bad = client.callTool("get_current_time", Map.of("timezone", "Nowhere"));
      assertThat(bad.isError()).isTrue();
      assertThat(text(bad)).contains("Invalid timezone");
    }
    assertThat(ProtocolSchema.of(version).validate(wire.messages(), null)).isEmpty();
  }

  @Test
  void theLocalTimezoneComesFromTzWithoutTheOption() {
    try (McpClient client = McpClient.builder(Implementation.of("time-e2e", "1.0"))
        .connect(StdioClientTransport.builder(jmcp(), "server", "time")
            .env("TZ", "America/Argentina/Buenos_Aires").name("jmcp-time").build())) {
      assertThat(client.listTools().getFirst().inputSchema().toString())
          .contains("Use 'America/Argentina/Buenos_Aires'");
    }
  }

  @Test
  void anUnknownLocalTimezoneStopsTheServerWithAClearMessage() {
    CommandResult result = NodeTools.run(List.of(jmcp(), "server", "time",
        "--local-timezone", "Mars/Olympus"), Duration.ofMinutes(2));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("invalid --local-timezone 'Mars/Olympus': not a known IANA timezone name");
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void helpExplainsTheServer() {
    CommandResult result = NodeTools.run(List.of(jmcp(), "server", "time", "--help"),
        Duration.ofMinutes(2));
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("--local-timezone").contains("convert_time");
  }
}
