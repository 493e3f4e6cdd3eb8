package io.jmcp.schema.prompts;

import io.jmcp.schema.Role;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.TextContent;
import java.util.Objects;

/**
 * One message of a prompt.
 */
public record PromptMessage(
    Role role,
    ContentBlock content) {

  public PromptMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static PromptMessage user(String text) {
    return new PromptMessage(Role.USER, TextContent.of(text));
  }

  public static PromptMessage assistant(String text) {
    return new PromptMessage(Role.ASSISTANT, TextContent.of(text));
  }
}
