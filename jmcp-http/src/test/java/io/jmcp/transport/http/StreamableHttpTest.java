package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.server.ServerTool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class StreamableHttpTest {

  private final McpServer server = HttpFixtures.builder().build();
  private McpHttpServer http;

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
    }
  }

  private McpClient connect(HttpServerOptions options, WireRecorder[] wire,
      ProtocolVersion version, List<Object> seen) {
    http = McpHttpServer.builder(server).options(options).start();
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.endpoint()).build();
    WireRecorder recorder = new WireRecorder(transport);
    wire[0] = recorder;
    return McpClient.builder(Implementation.of("http-test", "1.0"))
        .protocolVersion(version)
        .sampling((request, context) -> CreateMessageResult.text("m", "sampled"))
        .elicitation((request, context) -> ElicitResult.accept(Map.of("name",
            McpJson.toTree("Ada"))))
        .onLog(seen::add)
        .onToolsChanged(() -> seen.add("tools changed"))
        .connect(recorder);
  }

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = {"V2025_03_26", "V2025_06_18", "V2025_11_25"})
  void everythingTravelsOverStreamableHttp(ProtocolVersion version) throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    WireRecorder[] wire = new WireRecorder[1];
    try (McpClient client = connect(HttpServerOptions.defaults(), wire, version, seen)) {
      assertThat(client.protocolVersion()).isEqualTo(version);
      assertThat(text(client.callTool("echo", Map.of("text", "over http")))).isEqualTo("over http");

      List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
      CallToolResult done = client.callTool(CallToolRequest.of("progress", null),
          CallOptions.progress(progress::add));
      assertThat(text(done)).isEqualTo("done");
      assertThat(progress).extracting(ProgressNotification::progress).containsExactly(1.0, 2.0,
          3.0);
      assertThat(text(client.callTool("sample", Map.of()))).isEqualTo("sampled");
      if (version.isAtLeast(ProtocolVersion.V2025_06_18)) {
        assertThat(text(client.callTool("ask", Map.of()))).startsWith("accept:");
      }
      assertThat(client.listResources()).hasSize(1);

      server.addTool(new ServerTool(Tool.builder("late").build(),
          (args, context) -> CallToolResult.text("late")));
      for (int i = 0; i < 500 && !seen.contains("tools changed"); i++) {
        Thread.sleep(20);
      }
      assertThat(seen).contains("tools changed");
      assertThat(seen).filteredOn(LoggingMessageNotification.class::isInstance).hasSize(3);
    }
    assertThat(ProtocolSchema.of(version).validate(wire[0].messages(), null)).isEmpty();
  }

  @Test
  void jsonResponsesAndManyConcurrentCallsInOneSession() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    WireRecorder[] wire = new WireRecorder[1];
    try (McpClient client = connect(HttpServerOptions.defaults().withJsonResponses(true), wire,
        ProtocolVersion.V2025_11_25, seen)) {
      List<java.util.concurrent.CompletableFuture<CallToolResult>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(client.requestAsync(CallToolRequest.of("echo",
            McpJson.object().put("text", "n" + i)), CallOptions.DEFAULT));
      }
      for (int i = 0; i < 50; i++) {
        assertThat(text(calls.get(i).get())).isEqualTo("n" + i);
      }
      assertThat(text(client.callTool("sample", Map.of()))).isEqualTo("sampled");
    }
  }

  @Test
  void aStreamClosedForPollingIsResumedWithoutLoss() {
    List<Object> seen = new CopyOnWriteArrayList<>();
    WireRecorder[] wire = new WireRecorder[1];
    try (McpClient client = connect(HttpServerOptions.defaults(), wire,
        ProtocolVersion.V2025_11_25, seen)) {
      client.setLogLevel(io.jmcp.schema.logging.LoggingLevel.INFO);
      assertThat(text(client.callTool("poll", Map.of())))
          .isEqualTo("answered after reconnection");
      assertThat(seen).filteredOn(LoggingMessageNotification.class::isInstance)
          .extracting(m -> ((LoggingMessageNotification) m).data().asString())
          .containsExactly("before the break", "after the break");
    }
  }

  static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }
}
