package io.jmcp.test;

import io.jmcp.core.jsonschema.Description;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.ResourceLink;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.NumberSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerPrompt;
import io.jmcp.server.ServerResourceTemplate;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.ToolResultContent;
import io.jmcp.schema.content.ToolUseContent;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.elicitation.ElicitationCompleteNotification;
import io.jmcp.schema.sampling.StopReason;
import io.jmcp.schema.sampling.ToolChoice;
import io.jmcp.schema.sampling.ToolChoiceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/** A server with one of everything, for the end-to-end tests. */
final class Fixtures {

  static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private Fixtures() {
  }

  /** Arguments of the typed {@code add} tool. */
  record AddArgs(@Description("first addend") int a, @Description("second addend") int b) {
  }

  /** Arguments and result of the structured {@code weather} tool. */
  record City(String name, Optional<String> country) {
  }

  record Weather(String city, double temperature, List<String> conditions) {
  }

  static McpServerBuilder builder() {
    ObjectNode echoSchema = (ObjectNode) McpJson.mapper().readTree("""
        {"type":"object","properties":{"text":{"type":"string","minLength":1}},
         "required":["text"],"additionalProperties":false}""");
    return McpServer.builder(Implementation.of("fixture", "1.2.3").withTitle("Fixture Server"))
        .instructions("Use echo to echo.")
        .tool(Tool.builder("echo").title("Echo").description("Echoes text")
            .inputSchema(echoSchema).build(),
            (args, context) -> CallToolResult.text(args.get("text").asString()))
        .tool("add", "Adds two integers", AddArgs.class,
            (args, context) -> CallToolResult.text(Integer.toString(args.a() + args.b())))
        .structuredTool("weather", "Weather for a city", City.class, Weather.class,
            (city, context) -> new Weather(city.name(), 21.5, List.of("sunny")))
        .tool(Tool.builder("bad-output").outputSchema((ObjectNode) McpJson.mapper().readTree(
            "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\"}},\"required\":[\"n\"]}"))
            .build(),
            (args, context) -> CallToolResult.structured(McpJson.object().put("n", "not a number")))
        .tool(Tool.builder("fail").description("Always fails").build(), (args, context) -> {
          throw new IllegalStateException("the disk is on fire");
        })
        .tool(Tool.builder("protocol-error").build(), (args, context) -> {
          throw new JsonRpcException(ErrorCodes.INVALID_PARAMS, "refused by the handler");
        })
        .tool(Tool.builder("media").build(), (args, context) -> CallToolResult.of(
            TextContent.of("text"), ImageContent.of(PNG, "image/png"),
            AudioContent.of(new byte[] {1, 2, 3}, "audio/wav"),
            EmbeddedResource.of(TextResourceContents.of("test://static", "text/plain", "hi")),
            ResourceLink.of("test://static", "static", "text/plain")))
        .tool(Tool.builder("progress").build(), (args, context) -> {
          for (int i = 1; i <= 3; i++) {
            context.progress(i, 3.0, "step " + i);
          }
          return CallToolResult.text("done");
        })
        .tool(Tool.builder("log").build(), (args, context) -> {
          context.debug("debug message");
          context.info("info message");
          context.error("error message");
          return CallToolResult.text("logged");
        })
        .tool(Tool.builder("ask").build(), (args, context) -> {
          ElicitResult answer = context.elicit("Who are you?", ElicitationSchema.builder()
              .required("name", StringSchema.of("Name", null))
              .optional("age", NumberSchema.integer("Age", null).withDefault(30))
              .build());
          return CallToolResult.text(answer.action().json() + " " + answer.content());
        })
        .tool(Tool.builder("sample").build(), (args, context) -> {
          CreateMessageResult reply = context.sample(
              CreateMessageRequest.of(100, SamplingMessage.user("What is 2+2?")));
          return CallToolResult.text("LLM said: "
              + ((TextContent) reply.content().getFirst()).text());
        })
        .tool(Tool.builder("roots").build(), (args, context) -> CallToolResult.text(
            context.roots().stream().map(Root::uri).collect(Collectors.joining(","))))
        .tool(Tool.builder("agent").build(), (args, context) -> agent(context))
        .tool(Tool.builder("connect-account").build(), (args, context) -> {
          ElicitResult answer = context.elicit(new ElicitUrlRequest("Sign in to Example",
              "https://example.com/connect?session=s1", "elicitation-1", null, null, Map.of()));
          if (answer.action() == io.jmcp.schema.elicitation.ElicitAction.ACCEPT) {
            context.session().notify(
                new ElicitationCompleteNotification("elicitation-1", null, Map.of()));
          }
          return CallToolResult.text(answer.action().json());
        })
        .tool(Tool.builder("slow").build(), (args, context) -> {
          Thread.sleep(30_000);
          return CallToolResult.text("finished");
        })
        .resource(Resource.of("test://static", "static").withMimeType("text/plain"),
            (uri, context) -> ReadResourceResult.of(
                TextResourceContents.of(uri, "text/plain", "static text")))
        .resourceTemplate(new ServerResourceTemplate(
            ResourceTemplate.of("test://items/{id}", "item").withMimeType("application/json"),
            (uri, vars, context) -> ReadResourceResult.of(TextResourceContents.of(uri,
                "application/json", "{\"id\":\"" + vars.get("id") + "\"}")),
            (argument, value, chosen, context) -> List.of("1", "2", "10").stream()
                .filter(id -> id.startsWith(value)).toList()))
        .resourceTemplate(ResourceTemplate.of("test://{+rest}", "anything"),
            (uri, vars, context) -> ReadResourceResult.of(
                TextResourceContents.of(uri, "text/plain", "rest=" + vars.get("rest"))))
        .prompt(new ServerPrompt(Prompt.of("greet", "Greets someone",
            PromptArgument.required("name", "who"), PromptArgument.optional("style", "how")),
            (arguments, context) -> GetPromptResult.of("A greeting",
                PromptMessage.user("Hello, " + arguments.get("name") + "!"),
                new PromptMessage(io.jmcp.schema.Role.USER, ImageContent.of(PNG, "image/png"))),
            (argument, value, chosen, context) -> argument.equals("style")
                ? List.of("formal", "friendly").stream().filter(s -> s.startsWith(value)).toList()
                : List.of()));
  }

  /** A tool that runs a small agent loop through the client's LLM, with a tool of its own. */
  static CallToolResult agent(io.jmcp.server.RequestContext context) {
    Tool weather = Tool.builder("weather").description("Weather for a city")
        .inputSchema((ObjectNode) McpJson.mapper().readTree(
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}"))
        .build();
    List<SamplingMessage> conversation = new ArrayList<>();
    conversation.add(SamplingMessage.user("What is the weather in Oslo?"));
    for (int round = 0; round < 5; round++) {
      CreateMessageResult reply = context.sample(new CreateMessageRequest(conversation, null,
          null, null, null, 200, null, null, List.of(weather),
          new ToolChoice(ToolChoiceMode.AUTO, Map.of()), null, null, Map.of()));
      if (!StopReason.TOOL_USE.equals(reply.stopReason())) {
        return CallToolResult.text(((TextContent) reply.content().getFirst()).text());
      }
      conversation.add(new SamplingMessage(Role.ASSISTANT, reply.content(), null));
      List<SamplingContent> results = new ArrayList<>();
      for (SamplingContent block : reply.content()) {
        if (block instanceof ToolUseContent use) {
          results.add(new ToolResultContent(use.id(), List.of(TextContent.of(
              "sunny in " + use.input().get("city").asString())), null, null, null));
        }
      }
      conversation.add(new SamplingMessage(Role.USER, results, null));
    }
    return CallToolResult.error("the model never stopped asking for tools");
  }

  static McpServer server() {
    return builder().build();
  }

  static String text(CallToolResult result) {
    return result.content().stream().filter(TextContent.class::isInstance)
        .map(block -> ((TextContent) block).text()).collect(Collectors.joining());
  }

  static List<String> types(List<ContentBlock> content) {
    return content.stream().map(block -> block.getClass().getSimpleName()).toList();
  }

  static Map<String, Object> args(Object... keyValues) {
    java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
