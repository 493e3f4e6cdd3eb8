package io.jmcp.server;

import io.jmcp.schema.prompts.Prompt;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A prompt, the handler that renders it, and optionally completions for its arguments. */
public record ServerPrompt(Prompt prompt, PromptHandler handler,
    @Nullable CompletionHandler completions) {

  public ServerPrompt {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(handler, "handler");
  }

  public ServerPrompt(Prompt prompt, PromptHandler handler) {
    this(prompt, handler, null);
  }

  public String name() {
    return prompt.name();
  }
}
