package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Self-test of the interop harness: the project-local Node 22 runs, and the official TypeScript SDK
 * client walks the official server-everything completely. Both peers are official packages, so a
 * failure here is the harness's, never jmcp's.
 */
class NodeToolsTest {

  private static final Duration GENEROUS = Duration.ofMinutes(3);
  private static final String SERVER_EVERYTHING = "@modelcontextprotocol/server-everything";

  @Test
  void findsTheRepositoryAndItsInteropDirectory() {
    Path root = NodeTools.repositoryRoot();

    assertThat(root.resolve("mvnw")).isRegularFile();
    assertThat(NodeTools.interopDirectory().resolve("package-lock.json")).isRegularFile();
    assertThat(NodeTools.packageBin(SERVER_EVERYTHING, "mcp-server-everything"))
        .isEqualTo(NodeTools.packageDirectory(SERVER_EVERYTHING).resolve("dist/index.js"));
  }

  @Test
  void node22IsVersion22() {
    CommandResult result = NodeTools.run(List.of(NodeTools.node22().toString(), "--version"), GENEROUS);

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout().strip()).startsWith("v22.");
  }

  @Test
  void officialClientWalksOfficialServerEverything() throws Exception {
    CommandResult result = NodeTools.run(walkServerEverything(), GENEROUS);

    assertThat(result.exitCode()).as(result.describe()).isZero();
    JsonNode report = NodeTools.parseJson(result.stdout());
    assertThat(report.path("serverInfo").path("name").asString()).isEqualTo("mcp-servers/everything");
    assertThat(report.path("protocolVersion").asString()).isEqualTo("2025-11-25");
    assertThat(report.path("errors").size()).as("errors: %s", report.path("errors")).isZero();
    assertThat(names(report.path("tools"))).containsExactlyInAnyOrderElementsOf(names(fixture().path("tools")));
    for (JsonNode tool : report.path("tools")) {
      assertThat(tool.path("isError").asBoolean()).as("isError of %s", tool).isFalse();
    }
    assertThat(report.path("resources").size()).isEqualTo(fixture().path("resources").size());
    assertThat(report.path("prompts").size()).isEqualTo(4);
    assertThat(report.path("samplingRequests").asInt()).isEqualTo(1);
    assertThat(report.path("elicitationRequests").asInt()).isEqualTo(1);
    assertThat(report.path("rootsRequests").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("progressNotifications").asInt()).isEqualTo(5);
    assertThat(report.path("resourceUpdates").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("logMessages").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void walkFailsWhenTheServerIsNoMcpServer() {
    List<String> command = NodeTools.node(NodeTools.everythingClient(), "--timeout-ms", "20000", "--",
        NodeTools.node22().toString(), "-e", "process.stdin.resume(); setTimeout(() => process.exit(3), 200)");

    CommandResult result = NodeTools.run(command, GENEROUS);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("everything-client:").contains("Connection closed");
    assertThat(result.stdout()).isEmpty();
  }

  private static List<String> walkServerEverything() {
    return NodeTools.node(NodeTools.everythingClient(), "--strict", "--",
        NodeTools.node22().toString(),
        NodeTools.packageBin(SERVER_EVERYTHING, "mcp-server-everything").toString(), "stdio");
  }

  private static JsonNode fixture() throws Exception {
    Path file = NodeTools.interopDirectory().resolve("fixtures/official-server-everything-report.json");
    assertThat(Files.isRegularFile(file)).isTrue();
    return NodeTools.readJson(file);
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.path("name").asString()));
    return names;
  }
}
