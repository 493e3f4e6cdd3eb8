package io.jmcp.client.internal;

import io.jmcp.core.jsonschema.JsonSchemaValidator;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks structured tool results against the output schemas the server listed (the spec: clients
 * SHOULD validate). Tools not listed yet, or without an output schema, are not checked.
 */
public final class StructuredContentCheck {

  private static final Logger LOG = LoggerFactory.getLogger(StructuredContentCheck.class);

  private final Map<String, JsonSchemaValidator> outputSchemas = new ConcurrentHashMap<>();

  /** Remembers the output schemas of listed tools. */
  public void remember(List<Tool> tools) {
    for (Tool tool : tools) {
      if (tool.outputSchema() == null) {
        outputSchemas.remove(tool.name());
        continue;
      }
      try {
        outputSchemas.put(tool.name(), JsonSchemaValidator.compile(tool.outputSchema()));
      } catch (IllegalArgumentException e) {
        outputSchemas.remove(tool.name());
        LOG.warn("Tool {} has an unusable output schema, its results are not checked: {}",
            tool.name(), e.getMessage());
      }
    }
  }

  /** Throws if {@code result} breaks the output schema of tool {@code name}. */
  public void check(String name, CallToolResult result) {
    JsonSchemaValidator validator = outputSchemas.get(name);
    if (validator == null || result.failed()) {
      return;
    }
    if (result.structuredContent() == null) {
      throw new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Tool " + name
          + " has an output schema but returned no structured content");
    }
    List<String> problems = validator.validate(result.structuredContent());
    if (!problems.isEmpty()) {
      throw new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Tool " + name
          + " returned structured content that does not match its output schema: "
          + String.join("; ", problems));
    }
  }
}
