package io.jmcp.servers.everything;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.ResourceLink;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EverythingServerTest {

  private final McpServer server = EverythingServer.create(Duration.ofMillis(200));
  private final List<LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();
  private final List<String> updates = new CopyOnWriteArrayList<>();
  private final TestConnection connection = McpTestKit.open(server, builder -> builder
      .roots(List.of(Root.of("file:///projects/demo", "demo")))
      .sampling((request, context) -> CreateMessageResult.text("test-llm", "Paris"))
      .elicitation((request, context) -> ElicitResult.accept(
          Map.of("name", McpJson.toTree("Grace Hopper"))))
      .onLog(logs::add)
      .onResourceUpdated(updates::add));
  private final McpClient client = connection.client();

  @AfterEach
  void close() {
    connection.close();
    server.close();
  }

  private static String text(CallToolResult result) {
    return result.content().stream().filter(TextContent.class::isInstance)
        .map(block -> ((TextContent) block).text()).collect(Collectors.joining("|"));
  }

  private static Set<Class<?>> types(List<ContentBlock> content) {
    return content.stream().map(Object::getClass).collect(Collectors.toSet());
  }

  @Test
  void primeSumRunsAsATaskInBothEras() {
    // 2026-07-28: the client declares the tasks extension, the server makes a task of the call,
    // and callTool follows it to its result.
    assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2026_07_28);
    assertThat(text(client.callTool("prime_sum", Map.of("count", 10, "duration", 0))))
        .isEqualTo("The sum of the first 10 primes is 129 (computed as a task).");
    assertThat(connection.wire().sent()).anyMatch(message ->
        message instanceof JsonRpcRequest request && request.method().equals("tasks/get"));
    // Asking first: a round of the call, then the task.
    assertThat(text(client.callTool("prime_sum", Map.of("count", 3, "duration", 0,
        "confirm", true)))).isEqualTo("Not started: the user did not confirm.");
    assertThat(connection.schemaViolations()).isEmpty();

    try (McpClient legacy = McpTestKit.connect(server,
        builder -> builder.protocolVersion(ProtocolVersion.V2025_11_25))) {
      Task task = legacy.callToolAsTask(CallToolRequest.of("prime_sum",
          McpJson.object().put("count", 5).put("duration", 0)), null);
      assertThat(text(legacy.toolTaskResult(task.taskId())))
          .isEqualTo("The sum of the first 5 primes is 28 (computed as a task).");
      assertThat(legacy.getTask(task.taskId()).status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(text(legacy.callTool("prime_sum", Map.of("count", 5, "duration", 0))))
          .isEqualTo("The sum of the first 5 primes is 28.");
    }
  }

  @Test
  void everyToolWorks() {
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("echo", "add",
        "long_running_operation", "prime_sum", "sample_llm", "elicit_user_info", "get_tiny_image",
        "get_tiny_audio", "annotated_message", "get_resource_reference", "get_resource_links",
        "get_weather", "list_roots", "log_message", "fail");
    assertThat(tools).allSatisfy(tool -> assertThat(tool.description()).isNotBlank());

    assertThat(text(client.callTool("echo", Map.of("message", "hi")))).isEqualTo("Echo: hi");
    assertThat(text(client.callTool("add", Map.of("a", 1.5, "b", 2)))).contains("3.5");
    assertThat(text(client.callTool("sample_llm", Map.of("prompt", "Capital of France?"))))
        .contains("Paris").contains("test-llm");
    assertThat(text(client.callTool("elicit_user_info", Map.of())))
        .contains("Grace Hopper").contains("\"age\":30").contains("\"color\":\"blue\"");
    assertThat(types(client.callTool("get_tiny_image", Map.of()).content()))
        .contains(ImageContent.class);
    assertThat(types(client.callTool("get_tiny_audio", Map.of()).content()))
        .contains(AudioContent.class);
    CallToolResult annotated = client.callTool("annotated_message",
        Map.of("messageType", "error", "includeImage", true));
    assertThat(annotated.content().getFirst().annotations().priority()).isEqualTo(1.0);
    assertThat(types(annotated.content())).contains(ImageContent.class);
    CallToolResult reference = client.callTool("get_resource_reference",
        Map.of("resourceId", 4));
    assertThat(((EmbeddedResource) reference.content().get(1)).resource())
        .isInstanceOf(BlobResourceContents.class);
    assertThat(client.callTool("get_resource_links", Map.of("count", 5)).content())
        .filteredOn(ResourceLink.class::isInstance).hasSize(5);
    CallToolResult weather = client.callTool("get_weather", Map.of("city", "Oslo"));
    assertThat(weather.structuredContent().get("city").asString()).isEqualTo("Oslo");
    assertThat(text(client.callTool("list_roots", Map.of())))
        .contains("demo: file:///projects/demo");
    assertThat(client.callTool("fail", Map.of()).isError()).isTrue();
    assertThat(client.callTool("get_resource_reference", Map.of("resourceId", "x")).isError())
        .isTrue();
  }

  @Test
  void theLongOperationReportsProgress() {
    List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
    CallToolResult result = client.callTool(CallToolRequest.of("long_running_operation",
            McpJson.toObject(Map.of("duration", 0.3, "steps", 3))),
        CallOptions.progress(progress::add));
    assertThat(text(result)).contains("3 steps");
    assertThat(progress).extracting(ProgressNotification::progress).containsExactly(1.0, 2.0, 3.0);
  }

  @Test
  void logMessagesReachTheClient() throws Exception {
    client.setLogLevel(LoggingLevel.WARNING);
    client.callTool("log_message", Map.of("message", "quiet", "level", "info"));
    client.callTool("log_message", Map.of("message", "loud", "level", "error"));
    for (int i = 0; i < 500 && logs.isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(logs).extracting(log -> log.data().asString()).containsExactly("loud");
  }

  @Test
  void resourcesArePagedAndReadable() {
    assertThat(client.listResources(null).resources()).hasSize(10);
    assertThat(client.listResources()).hasSize(100);
    assertThat(client.readResource("test://static/resource/1").contents().getFirst())
        .isInstanceOf(TextResourceContents.class);
    assertThat(client.readResource("test://static/resource/100").contents().getFirst())
        .isInstanceOf(BlobResourceContents.class);
    assertThat(client.listResourceTemplates()).hasSize(2);
    TextResourceContents greeting = (TextResourceContents) client
        .readResource("test://greeting/Ada%20L.").contents().getFirst();
    assertThat(greeting.text()).contains("Hello, Ada L.!");
    assertThat(client.complete(ResourceTemplateReference.of(EverythingResources.TEMPLATE), "id",
        "9", Map.of()).values()).containsExactly("9", "90", "91", "92", "93", "94", "95", "96",
        "97", "98", "99");
  }

  @Test
  void subscribersGetUpdates() throws Exception {
    client.subscribe("test://static/resource/7");
    for (int i = 0; i < 500 && updates.isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(updates).first().isEqualTo("test://static/resource/7");
  }

  @Test
  void promptsRenderWithCompletedArguments() {
    assertThat(client.listPrompts()).hasSize(3);
    GetPromptResult complex = client.getPrompt("complex_prompt",
        Map.of("temperature", "0.2", "style", "terse"));
    assertThat(complex.messages()).hasSize(3);
    GetPromptResult withResource = client.getPrompt("resource_prompt", Map.of("resourceId", "6"));
    assertThat(withResource.messages().get(1).content()).isInstanceOf(EmbeddedResource.class);
    assertThat(client.complete(PromptReference.of("complex_prompt"), "style", "", Map.of())
        .values()).hasSize(4);
  }

  @Test
  void allTrafficMatchesTheSchema() {
    client.listTools();
    client.callTool("get_tiny_audio", Map.of());
    client.callTool("annotated_message", Map.of("messageType", "debug"));
    client.callTool("get_weather", Map.of("city", "Rome"));
    client.callTool("elicit_user_info", Map.of());
    client.listResources();
    client.getPrompt("simple_prompt", Map.of());
    assertThat(connection.schemaViolations()).isEmpty();
  }
}
