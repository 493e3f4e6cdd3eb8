package io.jmcp.conformance;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.roots.ListRootsResult;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerPrompt;
import io.jmcp.server.ServerTool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixtures the suite's 2026-07-28 scenarios call: diagnostics of the stateless lifecycle,
 * multi round-trip requests under the keys the scenarios name, and a tool with an
 * {@code x-mcp-header} parameter. Legacy clients see them too; they behave the same there.
 */
final class StatelessFixtures {

  private StatelessFixtures() {
  }

  static void register(McpServerBuilder server, AtomicReference<McpServer> built) {
    server.tool(tool("test_missing_capability", "Asks the client's LLM, which needs sampling"),
        (args, context) -> CallToolResult.text(text(context.sample(
            CreateMessageRequest.of(50, SamplingMessage.user("Say hi."))))));
    server.tool(tool("test_streaming_elicitation", "Asks the user for their name"),
        (args, context) -> CallToolResult.text("Hello, " + name(context.elicit(nameQuestion()))
            + "!"));
    server.tool(tool("test_logging_tool", "Logs a message while it runs"), (args, context) -> {
      context.info("test_logging_tool ran");
      return CallToolResult.text("Logged");
    });
    server.tool(tool("test_trigger_tool_change", "Announces that the tool list changed"),
        (args, context) -> {
          McpServer self = built.get();
          ServerTool same = self.tools().stream()
              .filter(tool -> tool.tool().name().equals("test_trigger_tool_change")).findFirst()
              .orElseThrow();
          // Put the same tool back: the set stays as it was, and listeners hear of a change.
          self.addTool(same);
          return CallToolResult.text("Tool list change announced");
        });
    server.tool(tool("test_trigger_prompt_change", "Announces that the prompt list changed"),
        (args, context) -> {
          McpServer self = built.get();
          self.addPrompt(self.prompts().getFirst());
          return CallToolResult.text("Prompt list change announced");
        });

    server.tool(tool("test_input_required_result_elicitation", "Asks the user's name first"),
        (args, context) -> {
          InputResponses answers = context.ask(InputRequests.of("user_name", nameQuestion()));
          return CallToolResult.text("Hello, " + name(answers.get("user_name",
              ElicitResult.class).orElseThrow()) + "!");
        });
    server.tool(tool("test_input_required_result_sampling", "Asks the client's LLM first"),
        (args, context) -> {
          InputResponses answers = context.ask(InputRequests.of("capital_question",
              CreateMessageRequest.of(100, SamplingMessage.user(
                  "What is the capital of France?"))));
          return CallToolResult.text("The model said: " + text(answers.get("capital_question",
              CreateMessageResult.class).orElseThrow()));
        });
    server.tool(tool("test_input_required_result_list_roots", "Asks the client's roots first"),
        (args, context) -> {
          InputResponses answers = context.ask(InputRequests.of("client_roots",
              ListRootsRequest.of()));
          return CallToolResult.text("Roots: " + answers.get("client_roots",
              ListRootsResult.class).orElseThrow().roots().size());
        });
    server.tool(tool("test_input_required_result_request_state",
        "Asks for a confirmation, keeping its state between rounds"), (args, context) -> {
          context.ask(InputRequests.of("confirmation", ElicitFormRequest.of("Confirm?",
              ElicitationSchema.builder().build())));
          return CallToolResult.text("state-ok");
        });
    server.tool(tool("test_input_required_result_multiple_inputs",
        "Asks for a name, an LLM answer and the roots at once"), (args, context) -> {
          Map<String, ServerRequest<?>> questions = new LinkedHashMap<>();
          questions.put("user_name", nameQuestion());
          questions.put("greeting", CreateMessageRequest.of(50,
              SamplingMessage.user("Say a greeting.")));
          questions.put("client_roots", ListRootsRequest.of());
          InputResponses answers = context.ask(new InputRequests(questions));
          return CallToolResult.text("Hello, " + name(answers.get("user_name",
              ElicitResult.class).orElseThrow()) + "; " + text(answers.get("greeting",
              CreateMessageResult.class).orElseThrow()) + "; roots: " + answers.get(
              "client_roots", ListRootsResult.class).orElseThrow().roots().size());
        });
    server.tool(tool("test_input_required_result_multi_round",
        "Asks for a name, then for a favourite colour"), (args, context) -> {
          String who = name(context.ask(InputRequests.of("user_name", nameQuestion()))
              .get("user_name", ElicitResult.class).orElseThrow());
          ElicitResult color = context.ask(InputRequests.of("favorite_color",
              ElicitFormRequest.of("What is your favourite colour?", ElicitationSchema.builder()
                  .required("color", StringSchema.of("Colour", null)).build())))
              .get("favorite_color", ElicitResult.class).orElseThrow();
          return CallToolResult.text(who + " likes " + field(color, "color"));
        });
    server.tool(tool("test_input_required_result_tampered_state",
        "Asks for a confirmation; a changed request state is refused"), (args, context) -> {
          context.ask(InputRequests.of("confirmation", ElicitFormRequest.of("Confirm?",
              ElicitationSchema.builder().build())));
          return CallToolResult.text("state-ok");
        });
    server.tool(tool("test_input_required_result_capabilities",
        "Asks only for what the request's client capabilities allow"), (args, context) -> {
          ClientCapabilities caps = context.clientCapabilities();
          Map<String, ServerRequest<?>> questions = new LinkedHashMap<>();
          if (caps.elicitation() != null) {
            questions.put("user_name", nameQuestion());
          }
          if (caps.sampling() != null) {
            questions.put("greeting", CreateMessageRequest.of(50,
                SamplingMessage.user("Say a greeting.")));
          }
          if (caps.roots() != null) {
            questions.put("client_roots", ListRootsRequest.of());
          }
          if (questions.isEmpty()) {
            return CallToolResult.text("The client can answer nothing");
          }
          InputResponses answers = context.ask(new InputRequests(questions));
          return CallToolResult.text("Answered: " + String.join(", ", answers.keys()));
        });
    server.tool(Tool.builder("test_custom_header").description(
            "Echoes its region, which clients mirror into the Mcp-Param-Region header")
        .inputSchema((ObjectNode) McpJson.mapper().readTree("""
            {"type":"object","properties":{"region":{"type":"string",
             "description":"Where to run","x-mcp-header":"Region"}},"required":["region"]}"""))
        .build(), (args, context) -> CallToolResult.text("Region: "
            + args.path("region").asString("")));

    server.prompt(new ServerPrompt(Prompt.of("test_input_required_result_prompt",
        "A prompt that asks the user for context first"), (arguments, context) -> {
          ElicitResult answer = context.ask(InputRequests.of("user_context",
              ElicitFormRequest.of("What context should the prompt use?",
                  ElicitationSchema.builder().required("context",
                      StringSchema.of("Context", null)).build())))
              .get("user_context", ElicitResult.class).orElseThrow();
          return GetPromptResult.of(null,
              PromptMessage.user("Context: " + field(answer, "context")));
        }));
  }

  private static Tool tool(String name, String description) {
    return Tool.builder(name).description(description)
        .inputSchema(McpJson.object().put("type", "object")).build();
  }

  static ElicitFormRequest nameQuestion() {
    return ElicitFormRequest.of("What is your name?", ElicitationSchema.builder()
        .required("name", StringSchema.of("Name", null)).build());
  }

  private static String name(ElicitResult answer) {
    return field(answer, "name");
  }

  private static String field(ElicitResult answer, String field) {
    if (answer.content() == null || answer.content().get(field) == null) {
      return "(" + answer.action().json() + ")";
    }
    return answer.content().get(field).asString();
  }

  private static String text(CreateMessageResult reply) {
    return reply.content().stream().filter(TextContent.class::isInstance)
        .map(content -> ((TextContent) content).text()).collect(Collectors.joining(" "));
  }

}
