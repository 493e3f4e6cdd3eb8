package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.servers.everything.EverythingServer;
import io.jmcp.transport.http.server.McpHttpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The official Inspector's CLI mode lists and calls the tools of jmcp's everything server, started
 * by the Inspector as {@code ./jmcp server everything} over stdio, and served over Streamable HTTP
 * and legacy HTTP+SSE.
 */
class InspectorCliInteropTest {

  private static final String INSPECTOR = "@modelcontextprotocol/inspector";

  @TempDir
  Path home;

  @Test
  void overStdio() {
    String[] target = {"--", NodeTools.repositoryRoot().resolve("jmcp").toString(), "server",
        "everything"};
    assertListsAndCalls(target);
  }

  @Test
  void overStreamableHttp() {
    try (McpHttpServer server = McpHttpServer.builder(EverythingServer.create()).port(0).start()) {
      assertListsAndCalls("--", server.endpoint().toString());
    }
  }

  @Test
  void overLegacySse() {
    try (McpHttpServer server = McpHttpServer.builder(EverythingServer.create()).port(0).start()) {
      assertListsAndCalls("--transport", "sse", "--", server.legacySseEndpoint().toString());
    }
  }

  private void assertListsAndCalls(String... target) {
    JsonNode tools = inspect(target, "--method", "tools/list").path("tools");
    List<String> names = new ArrayList<>();
    tools.forEach(tool -> names.add(tool.path("name").asString()));
    assertThat(names).contains("echo", "add", "get_tiny_image", "get_weather", "fail")
        .hasSize(15);

    JsonNode sum = inspect(target, "--method", "tools/call", "--tool-name", "add",
        "--tool-arg", "a=2", "b=3");
    assertThat(sum.path("content").get(0).path("text").asString()).contains("5");

    JsonNode weather = inspect(target, "--method", "tools/call", "--tool-name", "get_weather",
        "--tool-args-json", "{\"city\":\"Lisbon\"}");
    assertThat(weather.path("structuredContent").path("city").asString()).isEqualTo("Lisbon");

    // A tool result with isError is the Inspector's exit code 5, with the reason on stderr.
    CommandResult failure = run(target, "--method", "tools/call", "--tool-name", "fail");
    assertThat(failure.exitCode()).as(failure.describe()).isEqualTo(5);
    assertThat(NodeTools.parseJson(failure.stderr()).path("error").path("code").asString())
        .isEqualTo("tool_is_error");

    JsonNode resource = inspect(target, "--method", "resources/read", "--uri",
        "test://static/resource/1");
    assertThat(resource.path("contents").get(0).path("uri").asString())
        .isEqualTo("test://static/resource/1");
  }

  /** Runs the Inspector CLI once and returns the {@code result} of its JSON output. */
  private JsonNode inspect(String[] target, String... method) {
    CommandResult result = run(target, method);
    assertThat(result.exitCode()).as(result.describe()).isZero();
    JsonNode output = NodeTools.parseJson(result.stdout());
    assertThat(output.has("result")).as(result.describe()).isTrue();
    return output.path("result");
  }

  private CommandResult run(String[] target, String... method) {
    List<String> arguments = new ArrayList<>(List.of("--cli", "--format", "json"));
    arguments.addAll(List.of(method));
    arguments.addAll(List.of(target));
    return NodeTools.run(
        NodeTools.node(NodeTools.packageBin(INSPECTOR, "mcp-inspector"),
            arguments.toArray(String[]::new)),
        // The Inspector keeps its catalog and secrets under HOME: a fresh one per test.
        Map.of("HOME", home.toString()), Duration.ofMinutes(2));
  }
}
