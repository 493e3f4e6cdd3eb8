package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.http.client.SseClientTransport;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatelessAndLegacyTest {

  private final McpServer server = HttpFixtures.builder().build();
  private McpHttpServer http;

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
    }
  }

  @Test
  void statelessServersAnswerEachRequestOnItsOwn() throws Exception {
    http = McpHttpServer.builder(server).options(HttpServerOptions.defaults().withStateless(true))
        .start();
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.endpoint()).build();
    try (McpClient client = McpClient.builder(Implementation.of("stateless", "1"))
        .protocolVersion(ProtocolVersion.V2025_11_25)
        .sampling((request, context) -> CreateMessageResult.text("m", "x"))
        .connect(transport)) {
      assertThat(transport.sessionId()).isNull();
      assertThat(StreamableHttpTest.text(client.callTool("echo", Map.of("text", "a"))))
          .isEqualTo("a");
      assertThat(client.listTools()).isNotEmpty();
      // No session, so nothing can be asked of the client.
      JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("sample", Map.of()));
      assertThat(refused.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
      assertThat(refused.getMessage()).contains("no session (stateless HTTP)");
    }
    HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        http.endpoint()).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    // 2026-07-28 is stateless by design: questions to the client ride inside the results.
    try (McpClient modern = McpClient.builder(Implementation.of("modern", "1"))
        .sampling((request, context) -> CreateMessageResult.text("m", "sampled statelessly"))
        .connect(StreamableHttpClientTransport.builder(http.endpoint()).build())) {
      assertThat(modern.isStateless()).isTrue();
      assertThat(StreamableHttpTest.text(modern.callTool("sample", Map.of())))
          .isEqualTo("sampled statelessly");
    }
  }

  @Test
  void legacyClientsUseTheHttpPlusSseTransport() {
    http = McpHttpServer.builder(server).start();
    WireRecorder wire = new WireRecorder(SseClientTransport.builder(http.legacySseEndpoint())
        .build());
    try (McpClient client = McpClient.builder(Implementation.of("legacy", "1"))
        .protocolVersion(ProtocolVersion.V2024_11_05)
        .sampling((request, context) -> CreateMessageResult.text("m", "sampled over sse"))
        .connect(wire)) {
      assertThat(StreamableHttpTest.text(client.callTool("echo", Map.of("text", "old"))))
          .isEqualTo("old");
      assertThat(StreamableHttpTest.text(client.callTool("sample", Map.of())))
          .isEqualTo("sampled over sse");
    }
    assertThat(ProtocolSchema.of(ProtocolVersion.V2024_11_05).validate(wire.messages(), null))
        .isEmpty();
  }

  @Test
  void aStreamableClientFallsBackToHttpPlusSse() {
    http = McpHttpServer.builder(server).start();
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.legacySseEndpoint()).build();
    try (McpClient client = McpClient.builder(Implementation.of("fallback", "1"))
        .connect(transport)) {
      assertThat(transport.isLegacy()).isTrue();
      assertThat(StreamableHttpTest.text(client.callTool("echo", Map.of("text", "fell back"))))
          .isEqualTo("fell back");
    }
  }

  /**
   * A 2026-07-28 client's listen stream is a POST that stays open; stopping the HTTP server ends
   * it instead of waiting for it (Jetty's graceful stop would give up and fail).
   */
  @Test
  void stoppingTheServerEndsOpenListenStreams() throws Exception {
    http = McpHttpServer.builder(server).start();
    java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
    try (McpClient client = McpClient.builder(Implementation.of("listener", "1"))
        .onToolsChanged(heard::countDown)
        .connect(StreamableHttpClientTransport.builder(http.endpoint()).build())) {
      assertThat(client.isStateless()).isTrue();
      server.addTool(new io.jmcp.server.ServerTool(io.jmcp.schema.tools.Tool.builder("late")
          .build(), (args, context) -> io.jmcp.schema.tools.CallToolResult.text("late")));
      assertThat(heard.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      http.close();
      http = null;
    }
  }
}
