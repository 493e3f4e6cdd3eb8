package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A jmcp client and a jmcp server in separate processes over stdio, where the server speaks one
 * era only: the dual-era client settles on it either way, and a client pinned to the other era
 * fails with an error that says why (the spec's compatibility matrix).
 */
class CrossEraStdioTest {

  private static StdioClientTransport server(String era) {
    String[] command = OneEraServer.command(era);
    return StdioClientTransport.builder(command[0],
        List.of(command).subList(1, command.length).toArray(String[]::new))
        .name("one-era-" + era).build();
  }

  private static McpClientBuilder client() {
    return McpClient.builder(Implementation.of("cross-era-stdio", "1"))
        .elicitation((request, context) -> ElicitResult.accept(
            Map.of("name", McpJson.toTree("Ada"))));
  }

  private static String ask(McpClient client) {
    return ((TextContent) client.callTool("ask", Map.of()).content().getFirst()).text();
  }

  @Test
  void aDualEraClientFallsBackToTheHandshakeOfALegacyOnlyServer() {
    WireRecorder wire = new WireRecorder(server("legacy"));
    try (McpClient client = client().connect(wire)) {
      assertThat(client.isStateless()).isFalse();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
      assertThat(ask(client)).isEqualTo("hello Ada");
    }
    assertThat(wire.sent().getFirst().toString()).contains("server/discover");
    assertThat(ProtocolSchema.violations(wire.messages())).isEmpty();
  }

  @Test
  void aDualEraClientSpeaksStatelesslyToAModernOnlyServer() {
    WireRecorder wire = new WireRecorder(server("modern"));
    try (McpClient client = client().connect(wire)) {
      assertThat(client.isStateless()).isTrue();
      assertThat(client.serverVersions()).containsExactly("2026-07-28");
      assertThat(ask(client)).isEqualTo("hello Ada");
    }
    assertThat(ProtocolSchema.violations(wire.messages())).isEmpty();
  }

  @Test
  void aLegacyClientIsRefusedByAModernOnlyServer() {
    JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
        () -> client().protocolVersion(ProtocolVersion.V2025_11_25).connect(server("modern")));
    assertThat(refused.code()).isEqualTo(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION);
    assertThat(String.valueOf(refused.data())).contains("2026-07-28");
  }

  @Test
  void aModernClientIsToldALegacyOnlyServerDoesNotSpeakIt() {
    JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
        () -> client().protocolVersion(ProtocolVersion.V2026_07_28).connect(server("legacy")));
    assertThat(refused.getMessage()).contains("2026-07-28");
  }
}
