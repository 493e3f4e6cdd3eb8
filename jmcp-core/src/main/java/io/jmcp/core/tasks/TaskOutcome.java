package io.jmcp.core.tasks;

import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.schema.tasks.TaskStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How the request a task ran ended: with a result, or with the JSON-RPC error it would have
 * answered.
 *
 * @param status {@code completed} or {@code failed}
 * @param result the result, if the request produced one
 * @param error the error, if it failed with one
 */
public record TaskOutcome(TaskStatus status, @Nullable String statusMessage,
    @Nullable JsonNode result, @Nullable JsonRpcError error) {

  public TaskOutcome {
    Objects.requireNonNull(status, "status");
    if (status != TaskStatus.COMPLETED && status != TaskStatus.FAILED) {
      throw new IllegalArgumentException("an outcome is completed or failed, not " + status);
    }
    if ((result == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has a result or an error");
    }
  }

  /** The request answered {@code result}. */
  public static TaskOutcome completed(JsonNode result) {
    return new TaskOutcome(TaskStatus.COMPLETED, null, result, null);
  }

  /**
   * The request answered {@code result}, which reports a failure (a 2025-11-25 tool result with
   * {@code isError}: the task is {@code failed}, and {@code tasks/result} still returns it).
   */
  public static TaskOutcome failed(JsonNode result, String message) {
    return new TaskOutcome(TaskStatus.FAILED, message, result, null);
  }

  /** The request failed with {@code error}. */
  public static TaskOutcome failed(JsonRpcError error) {
    return new TaskOutcome(TaskStatus.FAILED, error.message(), null, error);
  }
}
