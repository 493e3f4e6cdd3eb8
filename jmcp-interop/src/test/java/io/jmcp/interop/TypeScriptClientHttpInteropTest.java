package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.servers.everything.EverythingServer;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client written with the official TypeScript SDK walks jmcp's everything server over HTTP:
 * Streamable HTTP with sessions, Streamable HTTP stateless, and the legacy HTTP+SSE transport.
 */
class TypeScriptClientHttpInteropTest {

  private static final List<String> CLIENT_FACING_TOOLS =
      List.of("sample_llm", "elicit_user_info", "list_roots");

  @Test
  void streamableHttpWithSessions() {
    try (McpHttpServer server = serve(HttpServerOptions.defaults())) {
      JsonNode report = walk(server.endpoint().toString(), "streamable", true);
      assertCompleteWalk(report);
      assertThat(report.path("resourceUpdates").asInt()).isPositive();
    }
  }

  @Test
  void streamableHttpWithJsonResponses() {
    try (McpHttpServer server = serve(HttpServerOptions.defaults().withJsonResponses(true))) {
      JsonNode report = walk(server.endpoint().toString(), "streamable", true);
      assertCompleteWalk(report);
    }
  }

  @Test
  void legacyHttpPlusSse() {
    try (McpHttpServer server = serve(HttpServerOptions.defaults())) {
      JsonNode report = walk(server.legacySseEndpoint().toString(), "sse", true);
      assertCompleteWalk(report);
      assertThat(report.path("resourceUpdates").asInt()).isPositive();
    }
  }

  /**
   * Stateless: nothing can reach the client outside a request's own answer, so the three tools
   * that ask the client for something fail with -32021 and nothing else does.
   */
  @Test
  void streamableHttpStateless() {
    try (McpHttpServer server = serve(HttpServerOptions.defaults().withStateless(true))) {
      JsonNode report = walk(server.endpoint().toString(), "streamable", false);
      assertThat(report.path("serverInfo").path("name").asString()).isEqualTo("jmcp-everything");
      assertThat(report.path("tools").size()).isEqualTo(15);
      assertThat(report.path("resources").size()).isEqualTo(100);
      assertThat(report.path("prompts").size()).isEqualTo(3);
      List<String> errors = new ArrayList<>();
      report.path("errors").forEach(error -> errors.add(error.asString()));
      assertThat(errors).hasSize(CLIENT_FACING_TOOLS.size());
      for (String tool : CLIENT_FACING_TOOLS) {
        assertThat(errors).anySatisfy(error -> assertThat(error)
            .startsWith("tools/call " + tool + ":").contains("-32021").contains("stateless"));
      }
      assertThat(report.path("serverRequests").size()).isZero();
    }
  }

  private static McpHttpServer serve(HttpServerOptions options) {
    return McpHttpServer.builder(EverythingServer.create(Duration.ofMillis(500))).port(0)
        .options(options).start();
  }

  private static JsonNode walk(String url, String transport, boolean strict) {
    List<String> arguments = new ArrayList<>();
    if (strict) {
      arguments.add("--strict");
    }
    arguments.addAll(List.of("--url", url, "--transport", transport));
    CommandResult result = NodeTools.run(
        NodeTools.node(NodeTools.everythingClient(), arguments.toArray(String[]::new)),
        Duration.ofMinutes(3));
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return NodeTools.parseJson(result.stdout());
  }

  private static void assertCompleteWalk(JsonNode report) {
    assertThat(report.path("errors").size()).as("errors: %s", report.path("errors")).isZero();
    assertThat(report.path("serverInfo").path("name").asString()).isEqualTo("jmcp-everything");
    assertThat(report.path("protocolVersion").asString()).isEqualTo("2025-11-25");
    assertThat(report.path("tools").size()).isEqualTo(15);
    for (JsonNode tool : report.path("tools")) {
      boolean expectError = tool.path("name").asString().equals("fail");
      assertThat(tool.path("isError").asBoolean()).as("isError of %s", tool).isEqualTo(expectError);
    }
    assertThat(report.path("resources").size()).isEqualTo(100);
    assertThat(report.path("resourceTemplates").size()).isEqualTo(2);
    assertThat(report.path("prompts").size()).isEqualTo(3);
    assertThat(report.path("completions").size()).isPositive();
    assertThat(report.path("samplingRequests").asInt()).isEqualTo(1);
    assertThat(report.path("elicitationRequests").asInt()).isEqualTo(1);
    assertThat(report.path("rootsRequests").asInt()).isPositive();
    assertThat(report.path("progressNotifications").asInt()).isPositive();
    assertThat(report.path("logMessages").asInt()).isPositive();
  }
}
