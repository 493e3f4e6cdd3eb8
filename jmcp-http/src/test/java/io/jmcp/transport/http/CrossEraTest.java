package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.McpHttpServer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A jmcp client and a jmcp server that share only one era, or none, over real HTTP: a dual-era
 * client settles on what the server speaks, and a client and server with no era in common fail
 * the connection with an error that names what the server speaks.
 */
class CrossEraTest {

  private static final ProtocolVersion[] LEGACY =
      {ProtocolVersion.V2025_06_18, ProtocolVersion.V2025_11_25};

  private McpHttpServer http;
  private final AtomicInteger questions = new AtomicInteger();

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
    }
  }

  @Test
  void aDualEraClientFallsBackToTheHandshakeWithALegacyOnlyServer() {
    serve(HttpFixtures.builder().protocolVersions(LEGACY).build());
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.endpoint()).build();
    WireRecorder wire = new WireRecorder(transport);
    try (McpClient client = client().connect(wire)) {
      assertThat(client.isStateless()).isFalse();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
      assertThat(transport.sessionId()).isNotNull();
      assertThat(StreamableHttpTest.text(client.callTool("ask", Map.of())))
          .isEqualTo("accept:{name=\"Ada\"}");
      assertThat(questions).hasValue(1);
    }
    assertThat(wire.sent().getFirst().toString()).contains("server/discover");
    assertThat(ProtocolSchema.violations(wire.messages())).isEmpty();
  }

  @Test
  void aDualEraClientSpeaksStatelesslyWithAModernOnlyServer() {
    serve(HttpFixtures.builder().protocolVersions(ProtocolVersion.V2026_07_28).build());
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.endpoint()).build();
    WireRecorder wire = new WireRecorder(transport);
    try (McpClient client = client().connect(wire)) {
      assertThat(client.isStateless()).isTrue();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2026_07_28);
      assertThat(transport.sessionId()).isNull();
      assertThat(StreamableHttpTest.text(client.callTool("ask", Map.of())))
          .isEqualTo("accept:{name=\"Ada\"}");
      assertThat(questions).hasValue(1);
    }
    assertThat(ProtocolSchema.violations(wire.messages())).isEmpty();
  }

  /**
   * The modern-only server answers the handshake with HTTP 400 and a JSON-RPC error; the client
   * reports that error rather than mistaking the 400 for the old HTTP+SSE transport.
   */
  @Test
  void aLegacyClientIsToldWhatAModernOnlyServerSpeaks() {
    serve(HttpFixtures.builder().protocolVersions(ProtocolVersion.V2026_07_28).build());
    JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
        () -> client().protocolVersion(ProtocolVersion.V2025_11_25)
            .connect(StreamableHttpClientTransport.builder(http.endpoint()).build()));
    assertThat(refused.code()).isEqualTo(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION);
    assertThat(String.valueOf(refused.data())).contains("2026-07-28");
    // The server is unharmed.
    try (McpClient client = client().connect(
        StreamableHttpClientTransport.builder(http.endpoint()).build())) {
      assertThat(client.isStateless()).isTrue();
    }
  }

  @Test
  void aModernOnlyClientIsToldThatALegacyOnlyServerDoesNotSpeakIt() {
    serve(HttpFixtures.builder().protocolVersions(LEGACY).build());
    JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
        () -> client().protocolVersion(ProtocolVersion.V2026_07_28)
            .connect(StreamableHttpClientTransport.builder(http.endpoint()).build()));
    assertThat(refused.getMessage()).contains("2026-07-28");
    try (McpClient client = client().connect(
        StreamableHttpClientTransport.builder(http.endpoint()).build())) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
    }
  }

  /** A client that accepts only an old revision negotiates down with a server that speaks it. */
  @Test
  void anOldClientNegotiatesWithADualEraServer() {
    serve(HttpFixtures.builder().build());
    try (McpClient client = client().protocolVersion(ProtocolVersion.V2025_06_18)
        .connect(StreamableHttpClientTransport.builder(http.endpoint()).build())) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_06_18);
      assertThat(StreamableHttpTest.text(client.callTool("ask", Map.of())))
          .isEqualTo("accept:{name=\"Ada\"}");
    }
  }

  private void serve(McpServer server) {
    http = McpHttpServer.builder(server).start();
  }

  private McpClientBuilder client() {
    return McpClient.builder(Implementation.of("cross-era", "1"))
        .elicitation((request, context) -> {
          questions.incrementAndGet();
          return ElicitResult.accept(Map.of("name", McpJson.toTree("Ada")));
        });
  }
}
