package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.server.McpServer;
import io.jmcp.transport.memory.InMemoryTransport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {

  private final McpServer server = Fixtures.server();

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
  void everyLegacyRevisionIsNegotiated(ProtocolVersion version) {
    try (McpClient client = McpTestKit.connect(server, b -> b.protocolVersion(version))) {
      assertThat(client.protocolVersion()).isEqualTo(version);
      assertThat(client.listTools()).isNotEmpty();
    }
  }

  @Test
  void anUnknownRequestedVersionGetsTheServersNewest() {
    McpServer old = Fixtures.builder()
        .protocolVersions(ProtocolVersion.V2024_11_05, ProtocolVersion.V2025_03_26).build();
    try (McpClient client = McpTestKit.connect(old)) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_03_26);
    }
  }

  @Test
  void aClientRefusesAVersionItDoesNotAccept() {
    McpServer old = Fixtures.builder().protocolVersions(ProtocolVersion.V2024_11_05).build();
    assertThatThrownBy(() -> McpTestKit.connect(old,
        b -> b.acceptedVersions(ProtocolVersion.V2025_06_18, ProtocolVersion.V2025_11_25)))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageContaining("2024-11-05");
  }

  @Test
  void olderClientsSeeOnlyTheirRevisionsFields() {
    try (TestConnection connection = McpTestKit.open(server,
        b -> b.protocolVersion(ProtocolVersion.V2024_11_05))) {
      McpClient client = connection.client();
      assertThat(client.serverInfo().title()).isNull();
      assertThat(client.serverCapabilities().completions()).isNull();
      assertThat(client.listTools()).allSatisfy(tool -> {
        assertThat(tool.title()).isNull();
        assertThat(tool.outputSchema()).isNull();
      });
      assertThat(Fixtures.types(client.callTool("media", Map.of()).content()))
          .containsExactly("TextContent", "ImageContent", "TextContent", "EmbeddedResource",
              "TextContent");
      var weather = client.callTool("weather", Map.of("name", "Oslo"));
      assertThat(weather.structuredContent()).isNull();
      assertThat(Fixtures.text(weather)).contains("Oslo");
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }


  private static final String INITIALIZE = """
      {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
      "capabilities":{},"clientInfo":{"name":"raw","version":"0"}}}""".replace("\n", "");

  @Test
  void requestsBeforeInitializeAreRefusedExceptPing() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonRpcErrorResponse refused = (JsonRpcErrorResponse) raw.call(
          "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/list\"}");
      assertThat(refused.id()).isEqualTo(RequestId.of("a"));
      assertThat(refused.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);

      assertThat(raw.call("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}"))
          .isInstanceOf(JsonRpcResult.class);

      JsonRpcResult initialized = (JsonRpcResult) raw.call(INITIALIZE);
      assertThat(initialized.result().get("protocolVersion").asString()).isEqualTo("2025-06-18");

      JsonRpcErrorResponse again = (JsonRpcErrorResponse) raw.call(INITIALIZE.replace(
          "\"id\":1", "\"id\":2"));
      assertThat(again.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
      assertThat(again.error().message()).contains("already initialized");
    }
  }

  @Test
  void requestsPipelinedBehindInitializeSeeItsOutcome() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      raw.transport.sendRaw(INITIALIZE.getBytes(StandardCharsets.UTF_8));
      raw.transport.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"
          .getBytes(StandardCharsets.UTF_8));
      JsonRpcMessage first = raw.received.poll(5, TimeUnit.SECONDS);
      JsonRpcMessage second = raw.received.poll(5, TimeUnit.SECONDS);
      assertThat(first).isInstanceOf(JsonRpcResult.class);
      assertThat(second).isInstanceOf(JsonRpcResult.class);
      assertThat(((JsonRpcResult) second).result().get("tools").isArray()).isTrue();
    }
  }

  @Test
  void unofferedFeaturesAndUnknownMethodsAreMethodNotFound() throws Exception {
    McpServer toolsOnly = McpServer.builder(io.jmcp.schema.Implementation.of("t", "1"))
        .enableTools().logging(false).build();
    try (RawClient raw = new RawClient(toolsOnly)) {
      raw.call(INITIALIZE);
      for (String method : new String[] {"prompts/list", "resources/list", "completion/complete",
          "logging/setLevel", "no/such/method"}) {
        JsonRpcErrorResponse error = (JsonRpcErrorResponse) raw.call(
            "{\"jsonrpc\":\"2.0\",\"id\":\"" + method + "\",\"method\":\"" + method
                + "\",\"params\":{}}");
        assertThat(error.error().code()).as(method).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
      }
      JsonRpcResult tools = (JsonRpcResult) raw.call(
          "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\"}");
      assertThat(tools.result().get("tools").isEmpty()).isTrue();
    }
  }

  @Test
  void malformedParamsGetInvalidParams() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      raw.call(INITIALIZE);
      JsonRpcErrorResponse error = (JsonRpcErrorResponse) raw.call(
          "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":7}}");
      assertThat(error.error().code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(error.error().message()).doesNotContain("io.jmcp");
      JsonRpcErrorResponse level = (JsonRpcErrorResponse) raw.call(
          "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"logging/setLevel\","
              + "\"params\":{\"level\":\"loud\"}}");
      assertThat(level.error().code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void batchesAreAcceptedOnlyIn2025_03_26() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      raw.call(INITIALIZE.replace("2025-06-18", "2025-03-26"));
      JsonRpcMessage answer = raw.call("[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"},"
          + "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\"}]");
      assertThat(answer).isInstanceOf(io.jmcp.jsonrpc.JsonRpcBatch.class);
      assertThat(((io.jmcp.jsonrpc.JsonRpcBatch) answer).messages()).hasSize(2);
    }
    try (RawClient raw = new RawClient(server)) {
      raw.call(INITIALIZE);
      JsonRpcErrorResponse refused = (JsonRpcErrorResponse) raw.call(
          "[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}]");
      assertThat(refused.error().code()).isEqualTo(ErrorCodes.INVALID_REQUEST);
    }
  }

  @Test
  void closingTheClientEndsTheServerSession() throws Exception {
    McpClient client = McpTestKit.connect(server);
    assertThat(server.sessions()).hasSize(1);
    client.close();
    for (int i = 0; i < 500 && !server.sessions().isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(server.sessions()).isEmpty();
    assertThat(JsonRpcCodec.standard()).isNotNull();
  }

  @Test
  void aChangeBetweenInitializeAndInitializedIsToldRightAfter() throws Exception {
    McpServer changing = Fixtures.server();
    try (RawClient raw = new RawClient(changing)) {
      assertThat(raw.call(INITIALIZE)).isInstanceOf(JsonRpcResult.class);
      changing.addTool(new io.jmcp.server.ServerTool(
          io.jmcp.schema.tools.Tool.builder("early").build(),
          (args, context) -> io.jmcp.schema.tools.CallToolResult.text("early")));
      // The client has not said it is ready: nothing may be sent yet.
      assertThat(raw.next(java.time.Duration.ofMillis(200))).isNull();
      raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      JsonRpcMessage told = raw.next(java.time.Duration.ofSeconds(5));
      assertThat(told).isInstanceOf(io.jmcp.jsonrpc.JsonRpcNotification.class);
      assertThat(((io.jmcp.jsonrpc.JsonRpcNotification) told).method())
          .isEqualTo("notifications/tools/list_changed");
    }
  }
}
