package io.jmcp.servers.everything;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerPrompt;
import java.util.List;
import java.util.stream.IntStream;

/** Prompts without arguments, with arguments (completed), and with an embedded resource. */
final class EverythingPrompts {

  private EverythingPrompts() {
  }

  static void register(McpServerBuilder server, EverythingResources resources) {
    server.prompt(Prompt.of("simple_prompt", "A prompt without arguments"),
        (arguments, context) -> GetPromptResult.of("A simple prompt",
            PromptMessage.user("This is a simple prompt without arguments.")));
    server.prompt(new ServerPrompt(Prompt.of("complex_prompt",
            "A prompt with arguments, an answer and an image",
            PromptArgument.required("temperature", "Temperature setting"),
            PromptArgument.optional("style", "Output style")),
        (arguments, context) -> GetPromptResult.of("A complex prompt",
            PromptMessage.user("This is a complex prompt with arguments: temperature="
                + arguments.get("temperature") + ", style=" + arguments.getOrDefault("style",
                "default")),
            PromptMessage.assistant("I understand. You've provided a complex prompt with "
                + "temperature and style arguments. How would you like me to proceed?"),
            new PromptMessage(Role.USER, ImageContent.of(SampleMedia.PNG, "image/png"))),
        (argument, value, chosen, context) -> switch (argument) {
          case "style" -> List.of("casual", "formal", "technical", "friendly").stream()
              .filter(style -> style.startsWith(value)).toList();
          case "temperature" -> List.of("0", "0.5", "0.7", "1.0").stream()
              .filter(t -> t.startsWith(value)).toList();
          default -> List.of();
        }));
    server.prompt(new ServerPrompt(Prompt.of("resource_prompt",
            "A prompt that embeds a static resource",
            PromptArgument.required("resourceId", "Resource id, 1 to 100")),
        (arguments, context) -> {
          int id;
          try {
            id = Integer.parseInt(arguments.get("resourceId"));
          } catch (NumberFormatException e) {
            throw JsonRpcException.invalidParams("resourceId must be a number from 1 to 100");
          }
          return GetPromptResult.of("A prompt with a resource",
              new PromptMessage(Role.USER, TextContent.of(
                  "This prompt includes resource " + id + ". Please analyze it.")),
              new PromptMessage(Role.USER, EmbeddedResource.of(resources.contents(id))));
        },
        (argument, value, chosen, context) -> IntStream.rangeClosed(1, 100)
            .mapToObj(Integer::toString).filter(id -> id.startsWith(value)).toList()));
  }
}
