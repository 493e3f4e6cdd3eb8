package io.jmcp.core.jsonschema;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The arguments of a typed tool: the {@code inputSchema} generated from a record, and the binding
 * of {@code tools/call} arguments to that record after they have been validated against it
 * (spec: server "Tools"; servers must validate tool inputs).
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param <T> the record (or class with public fields) the arguments bind to
 */
public final class ArgumentBinder<T> {

  /** How many problems an error message lists before it says how many more there are. */
  private static final int MAX_LISTED_PROBLEMS = 10;

  private final Class<T> type;
  private final ObjectNode inputSchema;
  private final JsonSchemaValidator validator;

  private ArgumentBinder(Class<T> type, ObjectNode inputSchema) {
    this.type = type;
    this.inputSchema = inputSchema;
    this.validator = JsonSchemaValidator.compile(inputSchema);
  }

  /**
   * The binder of {@code type}, with its generated schema.
   *
   * @throws IllegalArgumentException if JSON Schema cannot describe {@code type} as an object
   */
  public static <T> ArgumentBinder<T> of(Class<T> type) {
    return new ArgumentBinder<>(type, new JsonSchemaGenerator().schemaFor(type));
  }

  /** The type arguments bind to. */
  public Class<T> type() {
    return type;
  }

  /** The tool's {@code inputSchema} (a copy). */
  public ObjectNode inputSchema() {
    return inputSchema.deepCopy();
  }

  /** The compiled {@link #inputSchema()}. */
  public JsonSchemaValidator validator() {
    return validator;
  }

  /**
   * Validates {@code arguments} and binds them; {@code null} or JSON null counts as no arguments,
   * {@code {}}.
   *
   * @throws JsonRpcException with {@link ErrorCodes#INVALID_PARAMS} and a message listing each
   *     problem as {@code "<JSON path>: <reason>"}
   */
  public T bind(@Nullable JsonNode arguments) {
    JsonNode instance = arguments == null || arguments.isNull() || arguments.isMissingNode()
        ? McpJson.object() : arguments;
    List<String> problems = validator.validate(instance);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    try {
      return McpJson.mapper().treeToValue(instance, type);
    } catch (JacksonException e) {
      // Valid by the schema yet not bindable: a malformed date, UUID or URI (format is not
      // asserted by the validator) or a number out of the Java type's range.
      throw invalid(List.of(bindingProblem(e)));
    }
  }

  /** {@code "<JSON path>: <reason>"} for a binding failure, in the validator's path syntax. */
  private static String bindingProblem(JacksonException e) {
    StringBuilder path = new StringBuilder("$");
    StringBuilder dotted = new StringBuilder();
    if (e instanceof DatabindException databind) {
      for (JacksonException.Reference reference : databind.getPath()) {
        String name = reference.getPropertyName();
        path.append(name != null ? "." + name : "[" + reference.getIndex() + "]");
        dotted.append(dotted.isEmpty() ? "" : ".")
            .append(name != null ? name : "[" + reference.getIndex() + "]");
      }
    }
    // McpJson.describe strips Java class names; it prefixes its own dotted path, replaced here.
    String reason = McpJson.describe(e);
    if (!dotted.isEmpty() && reason.startsWith(dotted + ": ")) {
      reason = reason.substring(dotted.length() + 2);
    }
    return path + ": " + reason;
  }

  private static JsonRpcException invalid(List<String> problems) {
    StringBuilder message = new StringBuilder("Invalid arguments: ");
    message.append(String.join("; ", problems.subList(0,
        Math.min(problems.size(), MAX_LISTED_PROBLEMS))));
    if (problems.size() > MAX_LISTED_PROBLEMS) {
      message.append("; and ").append(problems.size() - MAX_LISTED_PROBLEMS).append(" more");
    }
    return new JsonRpcException(ErrorCodes.INVALID_PARAMS, message.toString());
  }

  @Override
  public String toString() {
    return "ArgumentBinder[" + type.getName() + "]";
  }
}
