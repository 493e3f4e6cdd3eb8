package io.jmcp.conformance;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.elicitation.BooleanSchema;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.EnumOption;
import io.jmcp.schema.elicitation.LegacyTitledEnumSchema;
import io.jmcp.schema.elicitation.NumberSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.elicitation.TitledEnumItems;
import io.jmcp.schema.elicitation.TitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.TitledSingleSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledEnumItems;
import io.jmcp.schema.elicitation.UntitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledSingleSelectEnumSchema;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.skills.Skill;
import io.jmcp.server.skills.SkillLibrary;
import io.jmcp.server.ServerPrompt;
import io.jmcp.server.ServerResourceTemplate;
import io.jmcp.transport.http.server.SseStreamControl;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server the conformance suite's server scenarios expect: tool, resource and prompt names and
 * texts are fixed by the suite (see shared/spec/CONFORMANCE.md), so this class is a fixture, not
 * an example.
 */
public final class ConformanceServer {

  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  static final byte[] WAV = Base64.getDecoder().decode(
      "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=");

  private ConformanceServer() {
  }

  public static McpServer create() {
    McpServerBuilder builder = McpServer.builder(
        Implementation.of("jmcp-conformance-server", "1.0.0"));
    tools(builder);
    resources(builder);
    prompts(builder);
    AtomicReference<McpServer> built = new AtomicReference<>();
    StatelessFixtures.register(builder, built);
    TaskFixtures.register(builder);
    skills().addTo(builder);
    McpServer server = builder.build();
    built.set(server);
    return server;
  }

  /** The skill the skills extension scenarios (SEP-2640) look for, with a file beside it. */
  static SkillLibrary skills() {
    return SkillLibrary.of(Skill.ofText(Map.of(
        "SKILL.md", """
            ---
            name: pdf-processing
            description: Extract, fill, and assemble PDF documents
            ---

            Skill body.
            """,
        "references/FORMS.md", "# Forms\n\nFill each field, then flatten the form.\n")));
  }

  private static Tool tool(String name, String description) {
    return Tool.builder(name).description(description)
        .inputSchema(McpJson.object().put("type", "object")).build();
  }

  private static Tool tool(String name, String description, String schema) {
    return Tool.builder(name).description(description)
        .inputSchema((ObjectNode) McpJson.mapper().readTree(schema)).build();
  }

  private static void tools(McpServerBuilder server) {
    server.tool(tool("test_simple_text", "Returns simple text"), (args, context) ->
        CallToolResult.text("This is a simple text response for testing."));
    server.tool(tool("test_image_content", "Returns an image"), (args, context) ->
        CallToolResult.of(ImageContent.of(PNG, "image/png")));
    server.tool(tool("test_audio_content", "Returns audio"), (args, context) ->
        CallToolResult.of(AudioContent.of(WAV, "audio/wav")));
    server.tool(tool("test_embedded_resource", "Returns an embedded resource"), (args, context) ->
        CallToolResult.of(EmbeddedResource.of(TextResourceContents.of("test://embedded-resource",
            "text/plain", "This is an embedded resource content."))));
    server.tool(tool("test_multiple_content_types", "Returns text, image and a resource"),
        (args, context) -> CallToolResult.of(TextContent.of("Multiple content types test:"),
            ImageContent.of(PNG, "image/png"),
            EmbeddedResource.of(TextResourceContents.of("test://mixed-content-resource",
                "application/json", "{\"test\":\"data\",\"value\":123}"))));
    server.tool(tool("test_tool_with_logging", "Logs while it runs"), (args, context) -> {
      context.info("Tool execution started");
      Thread.sleep(50);
      context.info("Tool processing data");
      Thread.sleep(50);
      context.info("Tool execution completed");
      return CallToolResult.text("Tool with logging executed successfully");
    });
    server.tool(tool("test_error_handling", "Always fails"), (args, context) ->
        CallToolResult.error("This tool intentionally returns an error for testing"));
    server.tool(tool("test_tool_with_progress", "Reports progress"), (args, context) -> {
      context.progress(0, 100.0, "Starting");
      Thread.sleep(50);
      context.progress(50, 100.0, "Halfway");
      Thread.sleep(50);
      context.progress(100, 100.0, "Done");
      return CallToolResult.text("Tool with progress executed successfully");
    });
    server.tool(tool("test_sampling", "Asks the client's LLM",
        "{\"type\":\"object\",\"properties\":{\"prompt\":{\"type\":\"string\"}},"
            + "\"required\":[\"prompt\"]}"), (args, context) -> {
              CreateMessageResult reply = context.sample(CreateMessageRequest.of(100,
                  SamplingMessage.user(args.path("prompt").asString(""))));
              String text = reply.content().stream().filter(TextContent.class::isInstance)
                  .map(c -> ((TextContent) c).text()).collect(Collectors.joining(" "));
              return CallToolResult.text("LLM response: " + text);
            });
    server.tool(tool("test_elicitation", "Asks the user",
        "{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},"
            + "\"required\":[\"message\"]}"), (args, context) -> elicited(context.elicit(
                args.path("message").asString("Please provide your information"),
                ElicitationSchema.builder()
                    .required("username", StringSchema.of(null, "User's response"))
                    .required("email", StringSchema.of(null, "User's email address"))
                    .build())));
    server.tool(tool("test_elicitation_sep1034_defaults", "Asks with defaults"),
        (args, context) -> elicited(context.elicit("Please review and update the form fields "
            + "with defaults", ElicitationSchema.builder()
            .optional("name", StringSchema.of(null, "User name").withDefault("John Doe"))
            .optional("age", NumberSchema.integer(null, "User age").withDefault(30))
            .optional("score", NumberSchema.number(null, "User score").withDefault(95.5))
            .optional("status", new UntitledSingleSelectEnumSchema(null, "User status",
                List.of("active", "inactive", "pending"), "active"))
            .optional("verified", BooleanSchema.of(null, "Verification status")
                .withDefault(true))
            .build())));
    server.tool(tool("test_elicitation_sep1330_enums", "Asks with every enum form"),
        (args, context) -> elicited(context.elicit("Please select options from the enum fields",
            ElicitationSchema.builder()
                .optional("untitledSingle", new UntitledSingleSelectEnumSchema(null,
                    "Choose an option", List.of("option1", "option2", "option3"), null))
                .optional("titledSingle", new TitledSingleSelectEnumSchema(null,
                    "Choose a titled option", List.of(new EnumOption("value1", "First Option"),
                        new EnumOption("value2", "Second Option"),
                        new EnumOption("value3", "Third Option")), null))
                .optional("legacyEnum", new LegacyTitledEnumSchema(null,
                    "Choose a legacy option", List.of("opt1", "opt2", "opt3"),
                    List.of("Option One", "Option Two", "Option Three"), null))
                .optional("untitledMulti", new UntitledMultiSelectEnumSchema(null,
                    "Choose multiple options", null, null,
                    new UntitledEnumItems(List.of("option1", "option2", "option3")), null))
                .optional("titledMulti", new TitledMultiSelectEnumSchema(null,
                    "Choose multiple titled options", null, null,
                    new TitledEnumItems(List.of(new EnumOption("value1", "First Choice"),
                        new EnumOption("value2", "Second Choice"),
                        new EnumOption("value3", "Third Choice"))), null))
                .build())));
    server.tool(tool("json_schema_2020_12_tool", "Tool with JSON Schema 2020-12 features", """
        {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
         "$defs":{"address":{"$anchor":"addressDef","type":"object","properties":{
           "street":{"type":"string"},"city":{"type":"string"}}}},
         "properties":{"name":{"type":"string"},"address":{"$ref":"#/$defs/address"},
           "contactMethod":{"type":"string","enum":["phone","email"]},
           "phone":{"type":"string"},"email":{"type":"string"}},
         "allOf":[{"anyOf":[{"required":["phone"]},{"required":["email"]}]}],
         "if":{"properties":{"contactMethod":{"const":"phone"}},"required":["contactMethod"]},
         "then":{"required":["phone"]},"else":{"required":["email"]},
         "additionalProperties":false}"""), (args, context) ->
        CallToolResult.text("Received: " + args));
    server.tool(tool("test_reconnection",
        "Closes its SSE stream before answering; the answer follows on reconnection"),
        (args, context) -> {
          context.transport().get(SseStreamControl.class)
              .ifPresent(control -> control.closeForPolling(Duration.ofMillis(500)));
          Thread.sleep(100);
          return CallToolResult.text("Reconnection test completed successfully");
        });
  }

  private static CallToolResult elicited(ElicitResult result) {
    return CallToolResult.text("Elicitation completed: action=" + result.action().json()
        + ", content=" + McpJson.toTree(result.content() == null ? Map.of() : result.content()));
  }

  private static void resources(McpServerBuilder server) {
    server.resource(Resource.of("test://static-text", "static-text").withMimeType("text/plain")
            .withDescription("A static text resource"),
        (uri, context) -> ReadResourceResult.of(TextResourceContents.of(uri, "text/plain",
            "This is the content of the static text resource.")));
    server.resource(Resource.of("test://static-binary", "static-binary").withMimeType("image/png")
            .withDescription("A static binary resource (a 1x1 PNG)"),
        (uri, context) -> ReadResourceResult.of(BlobResourceContents.of(uri, "image/png", PNG)));
    server.resource(Resource.of("test://watched-resource", "watched-resource")
            .withMimeType("text/plain").withDescription("A resource to subscribe to"),
        (uri, context) -> ReadResourceResult.of(TextResourceContents.of(uri, "text/plain",
            "Watched resource content")));
    server.resourceTemplate(new ServerResourceTemplate(
        ResourceTemplate.of("test://template/{id}/data", "template")
            .withMimeType("application/json").withDescription("A resource by id"),
        (uri, variables, context) -> ReadResourceResult.of(TextResourceContents.of(uri,
            "application/json", McpJson.object().put("id", variables.get("id"))
                .put("templateTest", true).put("data", "Data for ID: " + variables.get("id"))
                .toString()))));
  }

  private static void prompts(McpServerBuilder server) {
    server.prompt(Prompt.of("test_simple_prompt", "A simple prompt without arguments"),
        (arguments, context) -> GetPromptResult.of(null,
            PromptMessage.user("This is a simple prompt for testing.")));
    server.prompt(new ServerPrompt(Prompt.of("test_prompt_with_arguments",
            "A prompt with two required arguments",
            PromptArgument.required("arg1", "First test argument"),
            PromptArgument.required("arg2", "Second test argument")),
        (arguments, context) -> GetPromptResult.of(null, PromptMessage.user(
            "Prompt with arguments: arg1='" + arguments.get("arg1") + "', arg2='"
                + arguments.get("arg2") + "'")),
        (argument, value, chosen, context) -> List.of(value + "-suggestion").stream()
            .filter(s -> !value.isEmpty()).toList()));
    server.prompt(Prompt.of("test_prompt_with_embedded_resource", "A prompt with a resource",
            PromptArgument.required("resourceUri", "URI of the resource to embed")),
        (arguments, context) -> {
          String uri = arguments.get("resourceUri");
          if (uri == null || uri.isBlank()) {
            throw JsonRpcException.invalidParams("resourceUri must not be empty");
          }
          return GetPromptResult.of(null,
              new PromptMessage(Role.USER, EmbeddedResource.of(TextResourceContents.of(uri,
                  "text/plain", "Embedded resource content for testing."))),
              PromptMessage.user("Please process the embedded resource above."));
        });
    server.prompt(Prompt.of("test_prompt_with_image", "A prompt with an image"),
        (arguments, context) -> GetPromptResult.of(null,
            new PromptMessage(Role.USER, ImageContent.of(PNG, "image/png")),
            PromptMessage.user("Please analyze the image above.")));
  }
}
