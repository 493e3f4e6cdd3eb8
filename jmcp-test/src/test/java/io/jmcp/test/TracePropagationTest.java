package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.core.TraceContext;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client's W3C trace context reaches the server's handler in both eras, across every round of a
 * multi round-trip request; a malformed one is ignored, never a reason to refuse the request.
 */
class TracePropagationTest {

  private static final String PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  private static final McpServer SERVER = McpServer.builder(Implementation.of("traced", "1"))
      .tool(Tool.builder("where").build(), (args, context) -> CallToolResult.text(
          context.traceContext().map(TraceContext::traceId).orElse("no trace")))
      .tool(Tool.builder("ask_then_where").build(), (args, context) -> {
        context.elicit("Name?", ElicitationSchema.builder()
            .required("name", StringSchema.of("Name", null)).build());
        return CallToolResult.text(context.traceContext().map(TraceContext::traceId)
            .orElse("no trace"));
      })
      .build();

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = {"V2025_11_25", "V2026_07_28"})
  void theHandlerSeesTheCallersTrace(ProtocolVersion version) {
    try (TestConnection connection = McpTestKit.open(SERVER, client -> client
        .protocolVersion(version)
        .elicitation((request, context) -> ElicitResult.accept(
            Map.of("name", McpJson.toTree("Ada")))))) {
      McpClient client = connection.client();
      CallOptions traced = CallOptions.DEFAULT.withTrace(
          new TraceContext(PARENT, "rojo=00f067aa0ba902b7", "user=ada"));
      assertThat(text(client.callTool(CallToolRequest.of("where", null), traced)))
          .isEqualTo("0af7651916cd43dd8448eb211c80319c");
      assertThat(text(client.callTool(CallToolRequest.of("ask_then_where", null), traced)))
          .isEqualTo("0af7651916cd43dd8448eb211c80319c");
      assertThat(text(client.callTool("where", Map.of()))).isEqualTo("no trace");
      CallOptions malformed = CallOptions.DEFAULT.withMeta(
          Meta.empty().with(Meta.TRACEPARENT, "00-nonsense"));
      assertThat(text(client.callTool(CallToolRequest.of("where", null), malformed)))
          .isEqualTo("no trace");

      // Every round of the multi round-trip call carried the trace.
      long rounds = connection.wire().sent().stream()
          .filter(message -> isCall(message, "ask_then_where")).count();
      assertThat(rounds).isEqualTo(version.isLegacy() ? 1 : 2);
      assertThat(connection.wire().sent().stream()
          .filter(message -> isCall(message, "ask_then_where")))
          .allSatisfy(message -> assertThat(((JsonRpcRequest) message).params().path("_meta")
              .path(Meta.TRACEPARENT).asString()).isEqualTo(PARENT));
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  private static boolean isCall(JsonRpcMessage message, String tool) {
    return message instanceof JsonRpcRequest request && request.method().equals("tools/call")
        && request.params().path("name").asString().equals(tool);
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }
}
