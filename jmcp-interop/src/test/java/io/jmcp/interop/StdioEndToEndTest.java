package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * jmcp's client and {@code ./jmcp server everything} as a real child process over stdio, at every
 * legacy revision: every tool runs, and every message in both directions matches the schema.
 */
class StdioEndToEndTest {

  private static final Map<String, Map<String, Object>> ARGUMENTS = Map.of(
      "echo", Map.of("message", "over stdio"),
      "add", Map.of("a", 1, "b", 2),
      "long_running_operation", Map.of("duration", 0.2, "steps", 2),
      "prime_sum", Map.of("count", 10, "duration", 0),
      "sample_llm", Map.of("prompt", "hello?"),
      "annotated_message", Map.of("messageType", "debug", "includeImage", true),
      "get_resource_reference", Map.of("resourceId", 5),
      "get_resource_links", Map.of("count", 1),
      "get_weather", Map.of("city", "Quito"),
      "log_message", Map.of("message", "note", "level", "notice"));

  private static StdioClientTransport everything() {
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString(),
        "server", "everything").name("jmcp-everything").build();
  }

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
  void everyToolOverARealProcess(ProtocolVersion version) {
    AtomicInteger progress = new AtomicInteger();
    WireRecorder wire = new WireRecorder(everything());
    try (McpClient client = McpClient.builder(Implementation.of("stdio-e2e", "1.0"))
        .protocolVersion(version)
        .roots(List.of(Root.of("file:///tmp", "tmp")))
        .sampling((request, context) -> CreateMessageResult.text("m", "answer"))
        .elicitation((request, context) -> ElicitResult.accept(
            Map.of("name", McpJson.toTree("Ada"))))
        .connect(wire)) {
      client.setLogLevel(LoggingLevel.DEBUG);
      for (Tool tool : client.listTools()) {
        CallToolRequest call = CallToolRequest.of(tool.name(),
            McpJson.toObject(ARGUMENTS.getOrDefault(tool.name(), Map.of())));
        if (tool.name().equals("elicit_user_info")
            && !version.isAtLeast(ProtocolVersion.V2025_06_18)) {
          // Elicitation does not exist before 2025-06-18: the server must not ask.
          JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
              () -> client.callTool(call, CallOptions.DEFAULT));
          assertThat(refused.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
          continue;
        }
        var result = client.callTool(call, CallOptions.progress(p -> progress.incrementAndGet()));
        assertThat(result.isError()).as("%s: %s", tool.name(), result.content())
            .isEqualTo(tool.name().equals("fail") ? Boolean.TRUE : null);
      }
      // Two from long_running_operation, ten from prime_sum (run directly: no task asked for).
      assertThat(progress.get()).isEqualTo(12);
      client.listResources();
      client.readResource("test://static/resource/2");
      for (Prompt prompt : client.listPrompts()) {
        Map<String, String> arguments = switch (prompt.name()) {
          case "complex_prompt" -> Map.of("temperature", "1");
          case "resource_prompt" -> Map.of("resourceId", "9");
          default -> Map.of();
        };
        client.getPrompt(prompt.name(), arguments);
      }
    }
    assertThat(ProtocolSchema.of(version).validate(wire.messages(), null)).isEmpty();
  }

  @Test
  void theServerProcessEndsWhenTheClientCloses() {
    StdioClientTransport transport = everything();
    McpClient client = McpClient.builder(Implementation.of("stdio-e2e", "1.0")).connect(transport);
    client.ping();
    client.close();
    assertThat(transport.exitCode()).hasValue(0);
    assertThat(client.isClosed()).isTrue();
    try {
      client.ping();
      throw new AssertionError("a closed client must refuse calls");
    } catch (ConnectionClosedException expected) {
      assertThat(expected.isLocal()).isTrue();
    }
  }

  @Test
  void theDemoRuns() {
    CommandResult demo = NodeTools.run(
        List.of(NodeTools.repositoryRoot().resolve("jmcp").toString(), "demo"),
        Duration.ofMinutes(2));
    assertThat(demo.exitCode()).as(demo.describe()).isZero();
    assertThat(demo.stdout())
        .contains("== Tools (15)")
        .contains("~ progress 4/4 Step 4 of 4")
        .contains("~ the server asks our LLM (sampling)")
        .contains("~ the server asks the user (elicitation)")
        .contains("~ resource updated: test://static/resource/1")
        .contains("== Prompts (3)")
        .contains("The server exited with code 0.");
  }
}
