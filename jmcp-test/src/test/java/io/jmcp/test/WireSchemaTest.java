package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.Tool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message both sides exchange while exercising every feature validates against the official
 * schema of the negotiated revision.
 */
class WireSchemaTest {

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
  void allTrafficMatchesTheRevisionsSchema(ProtocolVersion version) {
    try (TestConnection connection = McpTestKit.open(Fixtures.server(), builder -> builder
        .protocolVersion(version)
        .roots(List.of(Root.of("file:///tmp", "tmp")))
        .sampling((request, context) -> CreateMessageResult.text("m", "four"))
        .elicitation((request, context) -> ElicitResult.accept(
            Map.of("name", McpJson.toTree("Ada")))))) {
      McpClient client = connection.client();
      client.ping();
      client.setLogLevel(LoggingLevel.DEBUG);
      for (Tool tool : client.listTools()) {
        if (tool.name().equals("slow")) {
          continue;
        }
        Map<String, Object> arguments = switch (tool.name()) {
          case "echo" -> Map.of("text", "hi");
          case "add" -> Map.of("a", 1, "b", 2);
          case "weather" -> Map.of("name", "Lima");
          default -> Map.of();
        };
        try {
          client.callTool(CallToolRequest.of(tool.name(), McpJson.toObject(arguments)),
              CallOptions.progress(progress -> { }));
        } catch (JsonRpcException expected) {
          // protocol-error and bad-output answer with errors; those must validate too
        }
      }
      client.callTool("add", Map.of("a", "not a number"));
      for (Resource resource : client.listResources()) {
        client.readResource(resource.uri());
      }
      client.listResourceTemplates();
      client.readResource("test://items/7");
      try {
        client.readResource("missing://x");
      } catch (JsonRpcException expected) {
        // error responses are checked too
      }
      client.subscribe("test://static");
      client.unsubscribe("test://static");
      for (Prompt prompt : client.listPrompts()) {
        Map<String, String> arguments = new HashMap<>();
        for (PromptArgument argument : prompt.arguments()) {
          arguments.put(argument.name(), "x");
        }
        client.getPrompt(prompt.name(), arguments);
      }
      client.complete(PromptReference.of("greet"), "style", "f", Map.of());
      client.complete(ResourceTemplateReference.of("test://items/{id}"), "id", "1", Map.of());
      client.setRoots(List.of(Root.of("file:///other", null)));
      client.callTool("roots", Map.of());

      assertThat(connection.wire().messages()).hasSizeGreaterThan(60);
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }
}
