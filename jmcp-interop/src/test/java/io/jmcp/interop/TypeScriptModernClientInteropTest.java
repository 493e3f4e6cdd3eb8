package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.servers.everything.EverythingServer;
import io.jmcp.transport.http.server.McpHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * A client written with the official TypeScript SDK v2 ({@code interop/ts-client/modern-client.mjs},
 * which speaks 2026-07-28 and the handshake revisions) against jmcp servers: the everything server
 * over stdio ({@code ./jmcp server everything}) and over Streamable HTTP, with the client finding
 * the era itself, pinned to 2026-07-28, or pinned to the handshake; then servers that speak only
 * one era.
 */
class TypeScriptModernClientInteropTest {

  private static final List<String> CALLS = List.of(
      "echo={\"message\":\"hi\"}",
      "add={\"a\":2,\"b\":3}",
      "sample_llm={\"prompt\":\"What is 2+2?\"}",
      "elicit_user_info",
      "list_roots",
      "long_running_operation={\"duration\":1,\"steps\":3}",
      "get_weather={\"city\":\"Oslo\"}",
      "fail");

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({
      "auto, stdio, modern",
      "modern, stdio, modern",
      "legacy, stdio, legacy",
      "auto, http, modern",
      "modern, http, modern",
      "legacy, http, legacy"})
  void theOfficialClientWalksTheEverythingServer(String mode, String wire, String era) {
    JsonNode report;
    if (wire.equals("stdio")) {
      report = walk(mode, List.of("--", NodeTools.repositoryRoot().resolve("jmcp").toString(),
          "server", "everything"));
    } else {
      try (McpHttpServer http = McpHttpServer.builder(
          EverythingServer.create(Duration.ofMillis(500))).port(0).start()) {
        report = walk(mode, List.of("--url", http.endpoint().toString()));
      }
    }
    assertThat(report.path("errors").size()).as("errors: %s", report.path("errors")).isZero();
    assertThat(report.path("era").asString()).isEqualTo(era);
    assertThat(report.path("protocolVersion").asString())
        .isEqualTo(era.equals("modern") ? "2026-07-28" : "2025-11-25");
    assertThat(report.path("serverInfo").path("name").asString()).isEqualTo("jmcp-everything");
    assertThat(report.path("tools").size()).isEqualTo(15);

    JsonNode calls = report.path("calls");
    assertThat(text(calls, "echo")).isEqualTo("Echo: hi");
    assertThat(text(calls, "add")).isEqualTo("The sum of 2 and 3 is 5.");
    assertThat(text(calls, "sample_llm")).contains("fixed reply from the jmcp modern interop");
    assertThat(text(calls, "elicit_user_info")).startsWith("The user provided:")
        .contains("\"name\":\"Ada\"");
    assertThat(text(calls, "list_roots")).contains("file:///tmp");
    assertThat(text(calls, "long_running_operation")).contains("completed: 3 steps");
    assertThat(calls.path("get_weather").path("structuredContent").path("city").asString())
        .isEqualTo("Oslo");
    assertThat(calls.path("fail").path("isError").asBoolean()).isTrue();
    JsonNode seen = report.path("seen");
    assertThat(seen.path("elicitation").asInt()).isEqualTo(1);
    assertThat(seen.path("sampling").asInt()).isEqualTo(1);
    assertThat(seen.path("roots").asInt()).isPositive();
    assertThat(seen.path("progress").asInt()).isPositive();

    assertThat(report.path("reads").path("test://static/resource/1").get(0).asString())
        .isNotBlank();
    assertThat(report.path("prompts").path("simple_prompt").asInt()).isPositive();
    assertThat(report.path("prompts").path("complex_prompt").asInt()).isPositive();
  }

  /** A jmcp server that speaks only the handshake revisions: the detecting client falls back. */
  @Test
  void theOfficialClientFallsBackWithALegacyOnlyServer() {
    McpServer legacy = echoServer(ProtocolVersion.V2025_06_18, ProtocolVersion.V2025_11_25);
    try (McpHttpServer http = McpHttpServer.builder(legacy).port(0).start()) {
      JsonNode report = walkEcho("auto", http);
      assertThat(report.path("era").asString()).isEqualTo("legacy");
      assertThat(report.path("protocolVersion").asString()).isEqualTo("2025-11-25");
      assertThat(text(report.path("calls"), "echo")).isEqualTo("Echo: legacy");
    }
  }

  /** A jmcp server that speaks only 2026-07-28 serves the detecting client statelessly. */
  @Test
  void theOfficialClientSpeaksStatelesslyWithAModernOnlyServer() {
    McpServer modern = echoServer(ProtocolVersion.V2026_07_28);
    try (McpHttpServer http = McpHttpServer.builder(modern).port(0).start()) {
      JsonNode report = walkEcho("auto", http);
      assertThat(report.path("era").asString()).isEqualTo("modern");
      assertThat(text(report.path("calls"), "echo")).isEqualTo("Echo: legacy");
      assertThat(report.path("discover").path("supportedVersions").toString())
          .isEqualTo("[\"2026-07-28\"]");
    }
  }

  /** Pinned to the handshake, the official client cannot connect, and says why. */
  @Test
  void aModernOnlyServerRefusesTheOfficialClientsHandshake() {
    McpServer modern = echoServer(ProtocolVersion.V2026_07_28);
    try (McpHttpServer http = McpHttpServer.builder(modern).port(0).start()) {
      CommandResult result = NodeTools.run(NodeTools.node(NodeTools.modernClient(),
          "--mode", "legacy", "--url", http.endpoint().toString()), Duration.ofMinutes(2));
      assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
      assertThat(result.stderr()).contains("connect failed").contains("2026-07-28");
    }
  }

  private static McpServer echoServer(ProtocolVersion... versions) {
    return McpServer.builder(Implementation.of("one-era", "1.0.0")).protocolVersions(versions)
        .tool("echo", "Echoes", Echo.class,
            (args, context) -> CallToolResult.text("Echo: " + args.message()))
        .build();
  }

  record Echo(String message) {
  }

  private static JsonNode walkEcho(String mode, McpHttpServer http) {
    return run(List.of("--mode", mode, "--call", "echo={\"message\":\"legacy\"}", "--url",
        http.endpoint().toString()));
  }

  private static JsonNode walk(String mode, List<String> server) {
    List<String> arguments = new ArrayList<>(List.of("--mode", mode));
    for (String call : CALLS) {
      arguments.add("--call");
      arguments.add(call);
    }
    arguments.addAll(List.of("--read", "test://static/resource/1",
        "--prompt", "simple_prompt", "--prompt", "complex_prompt={\"temperature\":\"0.5\"}"));
    arguments.addAll(server);
    return run(arguments);
  }

  private static JsonNode run(List<String> arguments) {
    CommandResult result = NodeTools.run(
        NodeTools.node(NodeTools.modernClient(), arguments.toArray(String[]::new)),
        Duration.ofMinutes(3));
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return NodeTools.parseJson(result.stdout());
  }

  private static String text(JsonNode calls, String tool) {
    JsonNode call = calls.path(tool);
    assertThat(call.path("isError").asBoolean()).as("%s: %s", tool, call).isFalse();
    return call.path("text").asString();
  }
}
