package io.jmcp.core.tasks;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.tasks.CancelTaskResult;
import io.jmcp.schema.tasks.GetTaskPayloadResult;
import io.jmcp.schema.tasks.GetTaskResult;
import io.jmcp.schema.tasks.ListTasksResult;
import io.jmcp.schema.tasks.RelatedTaskMetadata;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The receiver's side of the 2025-11-25 core tasks ({@code basic/utilities/tasks}), for a server
 * running tool calls and a client running sampling and elicitation alike: {@code tasks/get},
 * {@code tasks/result} (waits for the end and answers exactly what the request would have,
 * tagged with its task), {@code tasks/list} (paged) and {@code tasks/cancel} (terminal tasks are
 * refused). Unknown, expired and other callers' tasks are all -32602 "not found".
 */
public final class CoreTaskRequests {

  private static final String CURSOR_PREFIX = "jmcp-tasks:";
  private static final Duration RESULT_WAIT = Duration.ofSeconds(30);

  private final TaskRunner runner;

  public CoreTaskRequests(TaskRunner runner) {
    this.runner = runner;
  }

  /** The task, if {@code owner} may see it; else -32602. */
  public StoredTask find(String taskId, @Nullable String owner) {
    return runner.store().find(taskId)
        .filter(task -> task.design() == TaskDesign.CORE_2025_11_25 && task.visibleTo(owner))
        .orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task not found (unknown, expired, or not yours): "
                + taskId));
  }

  /** {@code tasks/get}. */
  public GetTaskResult get(String taskId, @Nullable String owner) {
    return GetTaskResult.of(find(taskId, owner).toWire());
  }

  /**
   * {@code tasks/result}: waits until the task is terminal, then answers what its request would
   * have: the result (tagged {@code io.modelcontextprotocol/related-task}), or its error.
   *
   * @param cancelled whether the waiting request was cancelled meanwhile
   */
  public GetTaskPayloadResult result(String taskId, @Nullable String owner,
      BooleanSupplier cancelled) {
    StoredTask task = find(taskId, owner);
    try {
      while (!task.isTerminal()) {
        Optional<StoredTask> now = runner.awaitTerminal(taskId, RESULT_WAIT);
        if (cancelled.getAsBoolean()) {
          throw new RequestCancelledException("tasks/result was cancelled");
        }
        task = now.orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task has expired: " + taskId));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestCancelledException("tasks/result was cancelled");
    }
    return payload(task);
  }

  private static GetTaskPayloadResult payload(StoredTask task) {
    JsonNode result = task.result();
    if (result != null) {
      ObjectNode tagged = result instanceof ObjectNode object ? object.deepCopy()
          : McpJson.object();
      JsonNode meta = tagged.get("_meta");
      ObjectNode metaObject = meta instanceof ObjectNode object ? object
          : tagged.putObject("_meta");
      metaObject.set(Meta.RELATED_TASK,
          McpJson.toTree(new RelatedTaskMetadata(task.taskId(), Map.of())));
      return McpJson.fromTree(tagged, GetTaskPayloadResult.class);
    }
    JsonRpcError error = task.error();
    if (error != null) {
      throw new JsonRpcException(error.code(), error.message(), error.data());
    }
    throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Task " + task.taskId()
        + " was cancelled; it has no result");
  }

  /**
   * {@code tasks/list}: the tasks of {@code owner}; without an authenticated caller, only those
   * created by {@code origin} (the requestor's own session), since ids are the only protection.
   */
  public ListTasksResult list(@Nullable String cursor, @Nullable String owner,
      @Nullable String origin, int pageSize) {
    List<Task> visible = runner.store().list(owner).stream()
        .filter(task -> task.design() == TaskDesign.CORE_2025_11_25)
        .filter(task -> owner != null || (origin != null && origin.equals(task.origin())))
        .map(StoredTask::toWire).toList();
    int offset = cursor == null ? 0 : offset(cursor);
    if (offset >= visible.size()) {
      return new ListTasksResult(List.of(), null, null, Map.of());
    }
    int end = Math.min(visible.size(), offset + pageSize);
    String next = end < visible.size() ? Base64.getUrlEncoder().withoutPadding()
        .encodeToString((CURSOR_PREFIX + end).getBytes(StandardCharsets.UTF_8)) : null;
    return new ListTasksResult(visible.subList(offset, end), next, null, Map.of());
  }

  private static int offset(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(CURSOR_PREFIX)) {
        int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // not one of ours
    }
    throw JsonRpcException.invalidParams("Invalid cursor for tasks/list");
  }

  /** {@code tasks/cancel}: a terminal task is refused (-32602); the task is cancelled at once. */
  public CancelTaskResult cancel(String taskId, @Nullable String owner) {
    StoredTask task = find(taskId, owner);
    if (task.isTerminal()) {
      throw terminal(task);
    }
    StoredTask now = runner.cancel(taskId, "The task was cancelled by request.")
        .orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task not found: " + taskId));
    if (now.status() != TaskStatus.CANCELLED) {
      throw terminal(now);
    }
    return CancelTaskResult.of(now.toWire());
  }

  private static JsonRpcException terminal(StoredTask task) {
    return JsonRpcException.invalidParams("Cannot cancel task: already in terminal status '"
        + task.status().json() + "'");
  }
}
