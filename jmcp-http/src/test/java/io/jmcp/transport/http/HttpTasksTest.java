package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.server.ServerTool;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.McpHttpServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tool tasks over Streamable HTTP, in both eras: a 2026-07-28 task is created by one POST and
 * followed by others (each naming the task in {@code Mcp-Name}, which the server checks), and a
 * 2025-11-25 task's question reaches the client while {@code tasks/result} waits.
 */
class HttpTasksTest {

  private final McpServer server = HttpFixtures.builder()
      .taskPollInterval(Duration.ofMillis(20))
      .tool(new ServerTool(Tool.builder("confirm").description("Asks, as a task").build(),
          (args, context) -> {
            ElicitResult answer = context.elicit("Sure?", io.jmcp.schema.elicitation
                .ElicitationSchema.builder().build());
            return CallToolResult.text("answer: " + answer.action().json()
                + (context.taskId().isPresent() ? " (task)" : ""));
          }).withTaskSupport(TaskSupport.OPTIONAL))
      .build();
  private final McpHttpServer http = McpHttpServer.builder(server).start();

  @AfterEach
  void stop() {
    http.close();
  }

  private McpClient connect(ProtocolVersion version) {
    return McpClient.builder(Implementation.of("tasks-over-http", "1")).protocolVersion(version)
        .elicitation((request, context) -> ElicitResult.accept(Map.of()))
        .connect(StreamableHttpClientTransport.builder(http.endpoint()).build());
  }

  @Test
  void a2026TaskIsFollowedAcrossPostsToItsResult() {
    try (McpClient client = connect(ProtocolVersion.V2026_07_28)) {
      CallToolResult result = client.callTool("confirm", Map.of());
      assertThat(StreamableHttpTest.text(result)).isEqualTo("answer: accept (task)");
    }
  }

  @Test
  void a2025TaskAsksItsQuestionWhileTasksResultWaits() {
    try (McpClient client = connect(ProtocolVersion.V2025_11_25)) {
      Task task = client.callToolAsTask(CallToolRequest.of("confirm", null), null);
      assertThat(StreamableHttpTest.text(client.toolTaskResult(task.taskId())))
          .isEqualTo("answer: accept (task)");
    }
  }

  @Test
  void theServerChecksThatMcpNameNamesTheTask() throws Exception {
    HttpResponse<String> created = post("tools/call", "confirm", """
        {"name":"confirm","arguments":{}}""");
    JsonNode task = McpJson.mapper().readTree(created.body()).path("result");
    assertThat(task.path("resultType").asString()).isEqualTo("task");
    String taskId = task.path("taskId").asString();

    HttpResponse<String> wrong = post("tasks/get", "some-other-task",
        "{\"taskId\":\"" + taskId + "\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(McpJson.mapper().readTree(wrong.body()).path("error").path("code").asInt())
        .isEqualTo(-32020);
    HttpResponse<String> right = post("tasks/get", taskId, "{\"taskId\":\"" + taskId + "\"}");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(McpJson.mapper().readTree(right.body()).path("result").path("taskId").asString())
        .isEqualTo(taskId);
    post("tasks/cancel", taskId, "{\"taskId\":\"" + taskId + "\"}");
  }

  private HttpResponse<String> post(String method, String name, String params) throws Exception {
    ObjectNode body = McpJson.object().put("jsonrpc", "2.0").put("id", 1).put("method", method);
    ObjectNode meta = ((ObjectNode) body.set("params", McpJson.mapper().readTree(params)))
        .withObject("params").putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
    meta.set("io.modelcontextprotocol/clientCapabilities", McpJson.mapper().readTree(
        "{\"elicitation\":{},\"extensions\":{\"io.modelcontextprotocol/tasks\":{}}}"));
    HttpRequest request = HttpRequest.newBuilder(http.endpoint())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", "2026-07-28")
        .header("Mcp-Method", method)
        .header("Mcp-Name", name)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
