package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jmcp client against a server written with the official TypeScript SDK v2
 * ({@code interop/ts-server/modern-server.mjs}), which speaks 2026-07-28 and the handshake
 * revisions from one definition: era detection, tools, multi round-trip requests answered by the
 * client's elicitation, sampling and roots handlers, resources, prompts and the listen stream,
 * over stdio and Streamable HTTP; then the combinations where the two sides share no era.
 */
class OfficialModernServerInteropTest {

  private static final Root ROOT = Root.of("file:///srv/interop", "interop");

  /** The server as a child process, on stdio or on a port: either way a transport to it. */
  private enum Wire {
    STDIO, HTTP
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theClientFindsTheStatelessProtocolOverStdio(boolean modernOnly, @TempDir Path dir)
      throws Exception {
    walkModern(stdio(dir, modernOnly));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theClientFindsTheStatelessProtocolOverHttp(boolean modernOnly, @TempDir Path dir)
      throws Exception {
    try (ListeningProcess server = http(dir, modernOnly)) {
      walkModern(StreamableHttpClientTransport.builder(URI.create(server.readyGroup(1))).build());
    }
  }

  /**
   * Pinned to 2025-11-25 over stdio, the client gets the official server's legacy serving, which
   * turns the tools' input requests into real server-to-client requests.
   */
  @Test
  void aLegacyClientIsServedTheHandshakeEraOverStdio(@TempDir Path dir) {
    Counters seen = new Counters();
    WireRecorder wire = new WireRecorder(stdio(dir, false));
    try (McpClient client = client(seen).protocolVersion(ProtocolVersion.V2025_11_25)
        .connect(wire)) {
      assertThat(client.isStateless()).isFalse();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
      assertThat(text(client.callTool("echo", Map.of("message", "old")))).isEqualTo("Echo: old");
      assertThat(text(client.callTool("confirm", Map.of()))).isEqualTo("confirmed: Ada");
      assertThat(text(client.callTool("list_roots", Map.of()))).isEqualTo(ROOT.uri());
      assertThat(seen.elicitations).hasValue(1);
    }
    assertThat(ProtocolSchema.violations(wire.messages())).isEmpty();
  }

  @Test
  void aLegacyClientIsServedStatelesslyOverHttp(@TempDir Path dir) {
    try (ListeningProcess server = http(dir, false);
        McpClient client = client(new Counters()).protocolVersion(ProtocolVersion.V2025_11_25)
            .connect(StreamableHttpClientTransport.builder(URI.create(server.readyGroup(1)))
                .build())) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
      assertThat(text(client.callTool("add", Map.of("a", 2, "b", 40)))).isEqualTo("42");
    }
  }

  /** A server that speaks only 2026-07-28 refuses the handshake, and the client says why. */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void aLegacyOnlyClientIsRefusedByAModernOnlyServer(Wire wire, @TempDir Path dir) {
    withServer(wire, dir, true, transport -> {
      assertThatThrownBy(() -> client(new Counters()).protocolVersion(ProtocolVersion.V2025_11_25)
          .connect(transport))
          .isInstanceOfSatisfying(JsonRpcException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION);
            assertThat(e.getMessage()).isNotBlank();
            assertThat(String.valueOf(e.data())).contains("2026-07-28");
          });
      return null;
    });
  }

  private static void walkModern(Transport transport) throws InterruptedException {
    Counters seen = new Counters();
    WireRecorder wire = new WireRecorder(transport);
    try (McpClient client = client(seen).connect(wire)) {
      assertThat(client.isStateless()).isTrue();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2026_07_28);
      assertThat(client.serverInfo().name()).isEqualTo("ts-modern-server");
      assertThat(client.serverVersions()).contains("2026-07-28");

      assertThat(client.listTools()).extracting(Tool::name)
          .contains("echo", "add", "confirm", "summarize", "list_roots", "announce");
      assertThat(text(client.callTool("echo", Map.of("message", "hi")))).isEqualTo("Echo: hi");
      CallToolResult sum = client.callTool("add", Map.of("a", 2, "b", 3));
      assertThat(sum.structuredContent().path("sum").asInt()).isEqualTo(5);
      assertThat(text(client.callTool("confirm", Map.of()))).isEqualTo("confirmed: Ada");
      assertThat(text(client.callTool("summarize", Map.of("topic", "MCP"))))
          .isEqualTo("model said: four");
      assertThat(text(client.callTool("list_roots", Map.of()))).isEqualTo(ROOT.uri());
      assertThat(seen.elicitations).hasValue(1);
      assertThat(seen.samplings).hasValue(1);

      assertThat(client.readResource("test://info").contents()).singleElement()
          .isInstanceOfSatisfying(TextResourceContents.class,
              contents -> assertThat(contents.text()).isEqualTo("official TypeScript SDK v2"));
      GetPromptResult prompt = client.getPrompt("greeting", Map.of("name", "Bo"));
      assertThat(prompt.messages()).singleElement().satisfies(message ->
          assertThat(((TextContent) message.content()).text()).isEqualTo("Hello, Bo!"));
      client.ping();

      // The listen stream, opened because the client listens to tool changes, carries the change.
      String name = "extra_" + System.nanoTime();
      client.callTool("announce", Map.of("name", name));
      for (int i = 0; i < 200 && seen.toolsChanged.get() == 0; i++) {
        Thread.sleep(50);
      }
      assertThat(seen.toolsChanged.get()).isPositive();
      assertThat(client.listTools()).extracting(Tool::name).contains(name);
    }
    assertThat(ProtocolSchema.violations(wire.messages())).isEmpty();
  }

  private static Transport stdio(Path dir, boolean modernOnly) {
    List<String> command = new ArrayList<>(NodeTools.node(NodeTools.modernServer(), "--stdio"));
    if (modernOnly) {
      command.add("--modern-only");
    }
    return StdioClientTransport.builder(command.getFirst(),
            command.subList(1, command.size()).toArray(String[]::new)).directory(dir)
        .name("ts-modern-server").build();
  }

  private static ListeningProcess http(Path dir, boolean modernOnly) {
    List<String> command = new ArrayList<>(NodeTools.node(NodeTools.modernServer(), "--http"));
    if (modernOnly) {
      command.add("--modern-only");
    }
    return ListeningProcess.start(command, dir, Map.of(),
        Pattern.compile("listening on (http://\\S+)"));
  }

  private static void withServer(Wire wire, Path dir, boolean modernOnly,
      Function<Transport, Void> use) {
    if (wire == Wire.STDIO) {
      use.apply(stdio(dir, modernOnly));
      return;
    }
    try (ListeningProcess server = http(dir, modernOnly)) {
      use.apply(StreamableHttpClientTransport.builder(URI.create(server.readyGroup(1))).build());
    }
  }

  private static io.jmcp.client.McpClientBuilder client(Counters seen) {
    return McpClient.builder(Implementation.of("jmcp-interop", "1.0.0"))
        .roots(List.of(ROOT))
        .elicitation((request, context) -> {
          seen.elicitations.incrementAndGet();
          return ElicitResult.accept(Map.of("name", McpJson.toTree("Ada")));
        })
        .sampling((request, context) -> {
          seen.samplings.incrementAndGet();
          return CreateMessageResult.text("jmcp-test-llm", "four");
        })
        .onToolsChanged(seen.toolsChanged::incrementAndGet);
  }

  private static String text(CallToolResult result) {
    assertThat(result.isError()).as("isError of %s", result).isNotEqualTo(Boolean.TRUE);
    return ((TextContent) result.content().getFirst()).text();
  }

  private static final class Counters {
    final AtomicInteger elicitations = new AtomicInteger();
    final AtomicInteger samplings = new AtomicInteger();
    final AtomicInteger toolsChanged = new AtomicInteger();
  }
}
