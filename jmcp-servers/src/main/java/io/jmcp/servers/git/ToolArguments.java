package io.jmcp.servers.git;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool call's arguments, already validated against the tool's input schema: typed access with
 * the official server's defaults, and range checks the schema does not state.
 */
record ToolArguments(ObjectNode node) {

  String string(String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isString()) {
      throw new GitInputException("Missing argument: " + name);
    }
    return value.stringValue();
  }

  @Nullable String optionalString(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.stringValue();
  }

  int integer(String name, int defaultValue, int min, int max) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    long number = value.asLong();
    if (number < min || number > max) {
      throw new GitInputException(name + " must be between " + min + " and " + max
          + ", not " + number);
    }
    return (int) number;
  }

  List<String> strings(String name) {
    JsonNode value = node.get(name);
    List<String> strings = new ArrayList<>();
    if (value != null) {
      value.forEach(item -> strings.add(item.stringValue()));
    }
    return strings;
  }
}
