package io.jmcp.core.jsonschema;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structured result of a typed tool: the {@code outputSchema} generated from a result type,
 * and the {@code structuredContent} JSON of a result value, checked against that schema (spec:
 * server "Tools"; a server declaring an output schema must return conforming structured content).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param <T> the result type
 */
public final class StructuredOutput<T> {

  private final Class<T> type;
  private final ObjectNode outputSchema;
  private final JsonSchemaValidator validator;

  private StructuredOutput(Class<T> type, ObjectNode outputSchema) {
    this.type = type;
    this.outputSchema = outputSchema;
    this.validator = JsonSchemaValidator.compile(outputSchema);
  }

  /**
   * The output of {@code type}, a record or class with public fields (protocol revisions up to
   * 2025-11-25 require an object output schema).
   *
   * @throws IllegalArgumentException if JSON Schema cannot describe {@code type} as an object
   */
  public static <T> StructuredOutput<T> of(Class<T> type) {
    return new StructuredOutput<>(type, new JsonSchemaGenerator().schemaFor(type));
  }

  /**
   * The output of any describable {@code type}, also lists and scalars, which only revisions from
   * 2026-07-28 allow as {@code outputSchema}.
   *
   * @throws IllegalArgumentException if JSON Schema cannot describe {@code type}
   */
  public static <T> StructuredOutput<T> ofValue(Class<T> type) {
    return new StructuredOutput<>(type, new JsonSchemaGenerator().valueSchemaFor(type));
  }

  /** The result type. */
  public Class<T> type() {
    return type;
  }

  /** The tool's {@code outputSchema} (a copy). */
  public ObjectNode outputSchema() {
    return outputSchema.deepCopy();
  }

  /**
   * The JSON of {@code value}, for {@code structuredContent}.
   *
   * @throws JsonRpcException with {@link ErrorCodes#INTERNAL_ERROR} if the JSON does not conform
   *     to the output schema (e.g. a required component was null): a bug of the tool, reported
   *     rather than sent to a client that would reject it
   */
  public JsonNode toJson(T value) {
    JsonNode json = McpJson.toTree(value);
    List<String> problems = validator.validate(json);
    if (!problems.isEmpty()) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Tool result does not match its output schema: " + String.join("; ", problems));
    }
    return json;
  }

  @Override
  public String toString() {
    return "StructuredOutput[" + type.getName() + "]";
  }
}
