package io.jmcp.schema.completion;

import java.util.Objects;

/**
 * The argument being completed and what the user typed so far.
 */
public record CompletionArgument(
    String name,
    String value) {

  public CompletionArgument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
