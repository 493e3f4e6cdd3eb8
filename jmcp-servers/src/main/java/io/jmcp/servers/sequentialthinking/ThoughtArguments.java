package io.jmcp.servers.sequentialthinking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the tool's arguments as leniently as the official server: booleans may be sent as the
 * strings {@code "true"} / {@code "false"} (any case), and whole numbers as numeric strings
 * ({@code "3"}), which some clients do. Anything else that does not fit is refused with a message
 * naming each argument.
 */
final class ThoughtArguments {

  /** JavaScript's largest exact integer, the official schema's maximum. */
  static final long MAX_NUMBER = 9007199254740991L;

  private final ObjectNode arguments;
  private final List<String> problems = new ArrayList<>();

  private ThoughtArguments(ObjectNode arguments) {
    this.arguments = arguments;
  }

  /**
   * The thought these arguments describe.
   *
   * @throws IllegalArgumentException listing every argument that does not fit
   */
  static Thought read(ObjectNode arguments) {
    ThoughtArguments reader = new ThoughtArguments(arguments);
    Thought thought = reader.thought();
    if (!reader.problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid arguments for tool sequentialthinking: "
          + String.join("; ", reader.problems));
    }
    return thought;
  }

  private Thought thought() {
    JsonNode text = arguments.path("thought");
    if (!text.isString()) {
      problems.add("thought: expected a string");
    }
    Boolean next = bool("nextThoughtNeeded", true);
    Long number = number("thoughtNumber", true);
    Long total = number("totalThoughts", true);
    Boolean revision = bool("isRevision", false);
    Long revises = number("revisesThought", false);
    Long branchFrom = number("branchFromThought", false);
    JsonNode branch = arguments.path("branchId");
    if (!branch.isMissingNode() && !branch.isString()) {
      problems.add("branchId: expected a string");
    }
    Boolean more = bool("needsMoreThoughts", false);
    if (!problems.isEmpty()) {
      return new Thought("", false, 1, 1, null, null, null, null, null);
    }
    return new Thought(text.stringValue(), next, number, total, revision, revises, branchFrom,
        branch.isString() ? branch.stringValue() : null, more);
  }

  private @Nullable Boolean bool(String name, boolean required) {
    JsonNode value = arguments.path(name);
    if (value.isMissingNode()) {
      if (required) {
        problems.add(name + ": required");
      }
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isString()) {
      String text = value.stringValue().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
    }
    problems.add(name + ": expected a boolean or the string \"true\" or \"false\", got " + value);
    return null;
  }

  private @Nullable Long number(String name, boolean required) {
    JsonNode value = arguments.path(name);
    if (value.isMissingNode()) {
      if (required) {
        problems.add(name + ": required");
      }
      return null;
    }
    BigDecimal decimal = decimal(value);
    if (decimal == null || decimal.stripTrailingZeros().scale() > 0
        || decimal.compareTo(BigDecimal.ONE) < 0
        || decimal.compareTo(BigDecimal.valueOf(MAX_NUMBER)) > 0) {
      problems.add(name + ": expected a whole number from 1 to " + MAX_NUMBER + ", got " + value);
      return null;
    }
    return decimal.longValueExact();
  }

  private static @Nullable BigDecimal decimal(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (!value.isString() || value.stringValue().strip().length() > 32) {
      return null;
    }
    try {
      return new BigDecimal(value.stringValue().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
