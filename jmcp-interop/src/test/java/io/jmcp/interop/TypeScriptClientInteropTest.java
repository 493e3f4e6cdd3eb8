package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client written with the official TypeScript SDK walks {@code ./jmcp server everything} over
 * stdio: every tool, resource, template, prompt and completion, answering the server's sampling,
 * elicitation and roots requests.
 */
class TypeScriptClientInteropTest {

  @Test
  void theOfficialClientWalksJmcpsEverythingServer() {
    List<String> command = NodeTools.node(NodeTools.everythingClient(), "--strict", "--",
        NodeTools.repositoryRoot().resolve("jmcp").toString(), "server", "everything",
        "--update-interval", "PT0.5S");
    CommandResult result = NodeTools.run(command, Duration.ofMinutes(3));

    assertThat(result.exitCode()).as(result.describe()).isZero();
    JsonNode report = NodeTools.parseJson(result.stdout());
    assertThat(report.path("errors").size()).as("errors: %s", report.path("errors")).isZero();
    assertThat(report.path("serverInfo").path("name").asString()).isEqualTo("jmcp-everything");
    assertThat(report.path("protocolVersion").asString()).isEqualTo("2025-11-25");

    List<String> tools = new ArrayList<>();
    for (JsonNode tool : report.path("tools")) {
      tools.add(tool.path("name").asString());
      boolean expectError = tool.path("name").asString().equals("fail");
      assertThat(tool.path("isError").asBoolean()).as("isError of %s", tool).isEqualTo(expectError);
    }
    assertThat(tools).contains("echo", "add", "long_running_operation", "sample_llm",
        "elicit_user_info", "get_tiny_image", "get_tiny_audio", "annotated_message",
        "get_resource_reference", "get_resource_links", "get_weather", "list_roots",
        "log_message", "fail");

    assertThat(report.path("resources").size()).isEqualTo(100);
    assertThat(report.path("resourceTemplates").size()).isEqualTo(2);
    assertThat(report.path("prompts").size()).isEqualTo(3);
    assertThat(report.path("completions").size()).isGreaterThan(0);
    assertThat(report.path("samplingRequests").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("elicitationRequests").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("rootsRequests").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("progressNotifications").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("logMessages").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("resourceUpdates").asInt()).isGreaterThanOrEqualTo(1);
  }
}
