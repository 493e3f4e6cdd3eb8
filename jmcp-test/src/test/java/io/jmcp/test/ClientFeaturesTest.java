package io.jmcp.test;

import static io.jmcp.test.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.ToolResultContent;
import io.jmcp.schema.content.ToolUseContent;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.sampling.StopReason;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.server.ServerSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a server asks of the client (elicitation, sampling, roots), answered by the client's
 * handlers, in both eras: server-to-client requests in 2025-11-25, multi round-trip requests in
 * 2026-07-28. Handler code on both sides is the same.
 */
@ParameterizedClass
@EnumSource(value = ProtocolVersion.class, names = {"V2025_11_25", "V2026_07_28"})
class ClientFeaturesTest {

  @Parameter
  ProtocolVersion version;

  private final McpServer server = Fixtures.server();

  @Test
  void elicitationReachesTheClientAndDefaultsFillTheGaps() {
    AtomicReference<ElicitFormRequest> asked = new AtomicReference<>();
    try (McpClient client = McpTestKit.connect(server, builder -> builder.protocolVersion(version).elicitation(
        (request, context) -> {
          asked.set((ElicitFormRequest) request);
          return ElicitResult.accept(Map.of("name", McpJson.toTree("Ada")));
        }))) {
      CallToolResult result = client.callTool("ask", Map.of());
      assertThat(asked.get().message()).isEqualTo("Who are you?");
      assertThat(asked.get().requestedSchema().required()).containsExactly("name");
      assertThat(text(result)).isEqualTo("accept {name=\"Ada\", age=30}");
    }
  }

  @Test
  void declinedElicitationIsReportedToTheTool() {
    try (McpClient client = McpTestKit.connect(server,
        builder -> builder.protocolVersion(version).elicitation((request, context) -> ElicitResult.decline()))) {
      assertThat(text(client.callTool("ask", Map.of()))).isEqualTo("decline null");
    }
  }

  @Test
  void samplingGoesThroughTheClientsHandler() {
    try (McpClient client = McpTestKit.connect(server, builder -> builder.protocolVersion(version).sampling(
        (request, context) -> CreateMessageResult.text("test-model",
            "4, since you asked " + request.maxTokens())))) {
      assertThat(text(client.callTool("sample", Map.of())))
          .isEqualTo("LLM said: 4, since you asked 100");
    }
  }

  @Test
  void samplingCanRunAToolUseConversation() {
    List<Integer> rounds = new CopyOnWriteArrayList<>();
    try (TestConnection connection = McpTestKit.open(server, builder -> builder.protocolVersion(version).samplingWithTools(
        (request, context) -> {
          rounds.add(request.messages().size());
          assertThat(request.tools()).extracting(tool -> tool.name()).containsExactly("weather");
          SamplingMessage last = request.messages().getLast();
          if (last.content().getFirst() instanceof ToolResultContent result) {
            return new CreateMessageResult(Role.ASSISTANT, List.of(TextContent.of(
                "It is " + ((TextContent) result.content().getFirst()).text() + ".")), "m",
                StopReason.END_TURN, null, Map.of());
          }
          return new CreateMessageResult(Role.ASSISTANT, List.of(new ToolUseContent("use-1",
              "weather", McpJson.object().put("city", "Oslo"), null)), "m", StopReason.TOOL_USE,
              null, Map.of());
        }))) {
      assertThat(text(connection.client().callTool("agent", Map.of())))
          .isEqualTo("It is sunny in Oslo.");
      assertThat(rounds).containsExactly(1, 3);
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void toolsInSamplingNeedTheClientsSamplingToolsCapability() {
    try (McpClient client = McpTestKit.connect(server, builder -> builder.protocolVersion(version).sampling(
        (request, context) -> CreateMessageResult.text("m", "no tools here")))) {
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("agent", Map.of()));
      assertThat(error.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
    }
  }

  @Test
  void urlElicitationEndsWithACompletionNotice() throws Exception {
    List<String> completed = new CopyOnWriteArrayList<>();
    AtomicReference<ElicitUrlRequest> asked = new AtomicReference<>();
    try (TestConnection connection = McpTestKit.open(server, builder -> builder
        .protocolVersion(version)
        .elicitationModes(true, true)
        .onElicitationComplete(completed::add)
        .elicitation((request, context) -> {
          asked.set((ElicitUrlRequest) request);
          return new ElicitResult(io.jmcp.schema.elicitation.ElicitAction.ACCEPT, null, null,
              Map.of());
        }))) {
      assertThat(text(connection.client().callTool("connect-account", Map.of())))
          .isEqualTo("accept");
      assertThat(asked.get().url()).isEqualTo("https://example.com/connect?session=s1");
      if (version.isLegacy()) {
        for (int i = 0; i < 500 && completed.isEmpty(); i++) {
          Thread.sleep(20);
        }
        assertThat(completed).containsExactly("elicitation-1");
      } else {
        // 2026-07-28 has no completion notice: the retried request itself is the completion.
        assertThat(asked.get().elicitationId()).isNull();
        Thread.sleep(100);
        assertThat(completed).isEmpty();
      }
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void aClientWithoutUrlModeIsNotAskedForIt() {
    try (McpClient client = McpTestKit.connect(server,
        builder -> builder.protocolVersion(version).elicitation((request, context) -> ElicitResult.decline()))) {
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("connect-account", Map.of()));
      assertThat(error.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
    }
  }

  @Test
  void rootsAreAskedForAndRefreshedWhenTheyChange() throws Exception {
    AtomicInteger changes = new AtomicInteger();
    McpServer watching = Fixtures.builder().onRootsChanged(session -> changes.incrementAndGet())
        .build();
    try (McpClient client = McpTestKit.connect(watching,
        builder -> builder.protocolVersion(version).roots(List.of(Root.of("file:///work/a", "a"))))) {
      assertThat(text(client.callTool("roots", Map.of()))).isEqualTo("file:///work/a");
      client.setRoots(List.of(Root.of("file:///work/b", "b"), Root.of("file:///c", null)));
      if (version.isLegacy()) {
        for (int i = 0; i < 500 && changes.get() == 0; i++) {
          Thread.sleep(20);
        }
        assertThat(changes).hasValue(1);
      } else {
        // 2026-07-28 has no roots notice: the server asks again each time it needs them.
        Thread.sleep(100);
        assertThat(changes).hasValue(0);
      }
      assertThat(text(client.callTool("roots", Map.of()))).isEqualTo("file:///work/b,file:///c");
    }
  }

  @Test
  void askingAClientForWhatItLacksIsAMissingCapabilityError() {
    try (McpClient client = McpTestKit.connect(server,
        builder -> builder.protocolVersion(version))) {
      Map<String, String> needs = Map.of("ask", "elicitation", "sample", "sampling",
          "roots", "roots");
      needs.forEach((tool, capability) -> {
        JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
            () -> client.callTool(tool, Map.of()));
        assertThat(error.code()).as(tool).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
        assertThat(error.getMessage()).as(tool).contains("did not declare");
        assertThat(error.data().get("requiredCapabilities").has(capability)).as(tool).isTrue();
      });
    }
  }

  @Test
  void theServerOnlyAsksForElicitationInRevisionsThatHaveIt() {
    try (McpClient client = McpTestKit.connect(server, builder -> builder
        .protocolVersion(ProtocolVersion.V2025_03_26)
        .elicitation((request, context) -> ElicitResult.decline()))) {
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("ask", Map.of()));
      assertThat(error.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
    }
  }

  @Test
  void theClientRefusesWhatItDidNotDeclare() throws Exception {
    List<String> sessions = new CopyOnWriteArrayList<>();
    McpServer asking = Fixtures.builder().onInitialized(session -> sessions.add(session.id()))
        .build();
    try (McpClient client = McpTestKit.connect(asking,
        // Sessions (and their raw roots call) exist in the handshake revisions only.
        builder -> builder.protocolVersion(ProtocolVersion.V2025_11_25))) {
      client.ping();
      for (int i = 0; i < 500 && sessions.isEmpty(); i++) {
        Thread.sleep(20);
      }
      ServerSession session = asking.sessions().iterator().next();
      // Bypass the server-side capability check by asking the raw client: it must refuse.
      JsonRpcException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
          JsonRpcException.class, session::roots);
      assertThat(refused.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
    }
  }
}
