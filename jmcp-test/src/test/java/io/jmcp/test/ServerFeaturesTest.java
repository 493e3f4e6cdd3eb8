package io.jmcp.test;

import static io.jmcp.test.Fixtures.args;
import static io.jmcp.test.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.ListToolsResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import io.jmcp.schema.ProtocolVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every server feature through the jmcp client, in both eras: the newest handshake revision and
 * the stateless 2026-07-28. The same calls give the same answers; where the eras differ by
 * design (log messages are opt-in per request, a missing resource is invalid params), the test
 * says so.
 */
@ParameterizedClass
@EnumSource(value = ProtocolVersion.class, names = {"V2025_11_25", "V2026_07_28"})
class ServerFeaturesTest {

  @Parameter
  ProtocolVersion version;

  private final McpServer server = Fixtures.server();
  private final List<LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();
  private McpClient client;

  @BeforeEach
  void connect() {
    client = McpTestKit.connect(server, builder -> builder.protocolVersion(version)
        .onLog(logs::add));
    assertThat(client.protocolVersion()).isEqualTo(version);
  }

  private McpClient connect(
      java.util.function.UnaryOperator<io.jmcp.client.McpClientBuilder> more) {
    return McpTestKit.connect(server, builder -> more.apply(builder.protocolVersion(version)));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void initializeReportsTheServerAndWhatItOffers() {
    assertThat(client.serverInfo().name()).isEqualTo("fixture");
    assertThat(client.serverInfo().title()).isEqualTo("Fixture Server");
    assertThat(client.instructions()).isEqualTo("Use echo to echo.");
    assertThat(client.serverCapabilities().tools().listChanged()).isTrue();
    assertThat(client.serverCapabilities().resources().subscribe()).isTrue();
    assertThat(client.serverCapabilities().prompts()).isNotNull();
    assertThat(client.serverCapabilities().logging()).isNotNull();
    assertThat(client.serverCapabilities().completions()).isNotNull();
    client.ping();
  }

  @Test
  void toolsAreListedWithTheirSchemas() {
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).startsWith("echo", "add", "weather");
    Tool add = tools.get(1);
    assertThat(add.inputSchema().get("properties").get("a").get("type").asString())
        .isEqualTo("integer");
    assertThat(add.inputSchema().get("properties").get("a").get("description").asString())
        .isEqualTo("first addend");
    assertThat(tools.get(2).outputSchema()).isNotNull();
  }

  @Test
  void toolsRunWithValidatedArguments() {
    assertThat(text(client.callTool("echo", args("text", "hello")))).isEqualTo("hello");
    assertThat(text(client.callTool("add", args("a", 2, "b", 40)))).isEqualTo("42");

    CallToolResult missing = client.callTool("add", args("a", 2));
    assertThat(missing.isError()).isTrue();
    assertThat(text(missing)).contains("b");

    CallToolResult wrongType = client.callTool("echo", args("text", 5));
    assertThat(wrongType.isError()).isTrue();
    CallToolResult extra = client.callTool("echo", args("text", "x", "other", 1));
    assertThat(extra.isError()).isTrue();
  }

  @Test
  void structuredToolsReturnCheckedStructuredContent() {
    CallToolResult weather = client.callTool("weather", args("name", "Paris"));
    assertThat(weather.structuredContent().get("city").asString()).isEqualTo("Paris");
    assertThat(weather.structuredContent().get("temperature").asDouble()).isEqualTo(21.5);
    assertThat(text(weather)).contains("\"city\":\"Paris\"");

    assertThatThrownBy(() -> client.callTool("bad-output", Map.of()))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INTERNAL_ERROR))
        .hasMessageContaining("output schema");
  }

  @Test
  void toolFailuresAreResultsAndProtocolErrorsAreErrors() {
    CallToolResult failed = client.callTool("fail", Map.of());
    assertThat(failed.isError()).isTrue();
    assertThat(text(failed)).isEqualTo("the disk is on fire");

    assertThatThrownBy(() -> client.callTool("protocol-error", Map.of()))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS));
    assertThatThrownBy(() -> client.callTool("no-such-tool", Map.of()))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS))
        .hasMessageContaining("no-such-tool");
  }

  @Test
  void everyContentTypeArrives() {
    CallToolResult media = client.callTool("media", Map.of());
    assertThat(Fixtures.types(media.content())).containsExactly("TextContent", "ImageContent",
        "AudioContent", "EmbeddedResource", "ResourceLink");
    assertThat(((ImageContent) media.content().get(1)).bytes()).isEqualTo(Fixtures.PNG);
  }

  @Test
  void progressArrivesBeforeTheResult() {
    List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
    CallToolResult result = client.callTool(CallToolRequest.of("progress", null),
        CallOptions.progress(progress::add));
    assertThat(text(result)).isEqualTo("done");
    assertThat(progress).extracting(ProgressNotification::progress).containsExactly(1.0, 2.0, 3.0);
    assertThat(progress).extracting(ProgressNotification::message)
        .containsExactly("step 1", "step 2", "step 3");
    assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(3.0));
  }

  @Test
  void logMessagesFollowTheLevelTheClientSets() throws Exception {
    if (!version.isLegacy()) {
      // 2026-07-28: log messages only for requests that ask for a level.
      client.callTool("log", Map.of());
      Thread.sleep(100);
      assertThat(logs).isEmpty();
      client.setLogLevel(LoggingLevel.DEBUG);
    }
    client.callTool("log", Map.of());
    awaitLogs(3);
    assertThat(logs).extracting(LoggingMessageNotification::level)
        .containsExactly(LoggingLevel.DEBUG, LoggingLevel.INFO, LoggingLevel.ERROR);

    logs.clear();
    client.setLogLevel(LoggingLevel.WARNING);
    client.callTool("log", Map.of());
    awaitLogs(1);
    client.ping();
    Thread.sleep(100);
    assertThat(logs).extracting(m -> m.data().asString()).containsExactly("error message");
  }

  private void awaitLogs(int count) throws InterruptedException {
    for (int i = 0; i < 500 && logs.size() < count; i++) {
      Thread.sleep(20);
    }
  }

  @Test
  void resourcesAndTemplatesAreListedAndRead() {
    assertThat(client.listResources()).singleElement()
        .satisfies(r -> assertThat(r.uri()).isEqualTo("test://static"));
    assertThat(client.listResourceTemplates()).extracting(t -> t.uriTemplate())
        .containsExactly("test://items/{id}", "test://{+rest}");

    TextResourceContents staticText =
        (TextResourceContents) client.readResource("test://static").contents().getFirst();
    assertThat(staticText.text()).isEqualTo("static text");

    TextResourceContents item =
        (TextResourceContents) client.readResource("test://items/42").contents().getFirst();
    assertThat(item.text()).isEqualTo("{\"id\":\"42\"}");

    TextResourceContents rest =
        (TextResourceContents) client.readResource("test://a/b/c").contents().getFirst();
    assertThat(rest.text()).isEqualTo("rest=a/b/c");

    // 2026-07-28 made a missing resource invalid params; the handshake revisions used -32002.
    int notFound = version.isLegacy() ? ErrorCodes.RESOURCE_NOT_FOUND : ErrorCodes.INVALID_PARAMS;
    assertThatThrownBy(() -> client.readResource("other://nothing"))
        .isInstanceOfSatisfying(JsonRpcException.class, e -> {
          assertThat(e.code()).isEqualTo(notFound);
          assertThat(e.data().get("uri").asString()).isEqualTo("other://nothing");
        });
  }

  @Test
  void subscribersHearOfUpdates() throws Exception {
    List<String> updated = new CopyOnWriteArrayList<>();
    try (McpClient subscriber = connect(builder -> builder.onResourceUpdated(updated::add))) {
      subscriber.subscribe("test://static");
      server.notifyResourceUpdated("test://static");
      server.notifyResourceUpdated("test://other");
      subscriber.ping();
      for (int i = 0; i < 500 && updated.isEmpty(); i++) {
        Thread.sleep(20);
      }
      assertThat(updated).containsExactly("test://static");

      subscriber.unsubscribe("test://static");
      server.notifyResourceUpdated("test://static");
      subscriber.ping();
      Thread.sleep(100);
      assertThat(updated).hasSize(1);
    }
  }

  @Test
  void promptsAreRenderedWithCheckedArguments() {
    assertThat(client.listPrompts()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("greet");
      assertThat(p.arguments()).hasSize(2);
    });
    GetPromptResult greeting = client.getPrompt("greet", Map.of("name", "Ada"));
    assertThat(((TextContent) greeting.messages().getFirst().content()).text())
        .isEqualTo("Hello, Ada!");
    assertThat(greeting.messages().get(1).content()).isInstanceOf(ImageContent.class);

    assertThatThrownBy(() -> client.getPrompt("greet", Map.of()))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> client.getPrompt("nope", Map.of()))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS));
  }

  @Test
  void completionsComeFromTheirPromptOrTemplate() {
    assertThat(client.complete(PromptReference.of("greet"), "style", "f", Map.of())
        .values()).containsExactly("formal", "friendly");
    assertThat(client.complete(ResourceTemplateReference.of("test://items/{id}"),
        "id", "1", Map.of()).values()).containsExactly("1", "10");
    assertThat(client.complete(ResourceTemplateReference.of("test://{+rest}"),
        "rest", "", Map.of()).values()).isEmpty();
    assertThatThrownBy(() -> client.complete(PromptReference.of("nope"), "x", "",
        Map.of())).isInstanceOf(JsonRpcException.class);
  }

  @Test
  void listsArePagedWithOpaqueCursors() {
    McpServer paged = Fixtures.builder().pageSize(3).build();
    try (McpClient pagedClient = McpTestKit.connect(paged,
        builder -> builder.protocolVersion(version))) {
      ListToolsResult first = pagedClient.listTools(null);
      assertThat(first.tools()).hasSize(3);
      assertThat(first.nextCursor()).isNotNull();
      ListToolsResult second = pagedClient.listTools(first.nextCursor());
      assertThat(second.tools().getFirst().name()).isNotEqualTo(first.tools().getFirst().name());
      assertThat(pagedClient.listTools()).hasSize(server.tools().size());

      assertThatThrownBy(() -> pagedClient.listTools("bm90LWEtY3Vyc29y"))
          .isInstanceOfSatisfying(JsonRpcException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS));
    }
  }

  @Test
  void clientsHearWhenToolsChange() throws Exception {
    List<String> changes = new CopyOnWriteArrayList<>();
    try (McpClient watcher = connect(builder -> builder.onToolsChanged(
        () -> changes.add("tools")))) {
      server.addTool(new io.jmcp.server.ServerTool(Tool.builder("late").build(),
          (args, context) -> CallToolResult.text("late")));
      for (int i = 0; i < 500 && changes.isEmpty(); i++) {
        Thread.sleep(20);
      }
      assertThat(changes).containsExactly("tools");
      assertThat(watcher.listTools()).extracting(Tool::name).contains("late");
      assertThat(server.removeTool("late")).isTrue();
      assertThat(watcher.listTools()).extracting(Tool::name).doesNotContain("late");
    }
  }
}
