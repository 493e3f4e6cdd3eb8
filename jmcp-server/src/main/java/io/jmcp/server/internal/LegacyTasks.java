package io.jmcp.server.internal;

import io.jmcp.core.RevisionAdapter;
import io.jmcp.core.tasks.StoredTask;
import io.jmcp.core.tasks.TaskDesign;
import io.jmcp.core.tasks.TaskOutcome;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.Capability;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.TasksCapability;
import io.jmcp.schema.tasks.CancelTaskRequest;
import io.jmcp.schema.tasks.CancelTaskResult;
import io.jmcp.schema.tasks.CreateTaskResult;
import io.jmcp.schema.tasks.GetTaskPayloadRequest;
import io.jmcp.schema.tasks.GetTaskPayloadResult;
import io.jmcp.schema.tasks.GetTaskRequest;
import io.jmcp.schema.tasks.GetTaskResult;
import io.jmcp.schema.tasks.ListTasksRequest;
import io.jmcp.schema.tasks.ListTasksResult;
import io.jmcp.schema.tasks.RelatedTaskMetadata;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tasks.TaskStatusNotification;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tool tasks as 2025-11-25 defines them ({@code basic/utilities/tasks}), for sessions that
 * negotiated that revision: the client asks for a task with the {@code task} param of
 * {@code tools/call}, within what the tool's {@code execution.taskSupport} allows (else -32601);
 * {@code tasks/get}, {@code tasks/result} (waits for the end, answers what the call would have,
 * tagged with the task), {@code tasks/list} and {@code tasks/cancel}; status notices to the
 * session that created the task. Tasks are bound to the authenticated caller, if any.
 */
final class LegacyTasks {

  /** The capability declared when some tool supports tasks. */
  static final TasksCapability CAPABILITY = new TasksCapability(Capability.SUPPORTED,
      Capability.SUPPORTED, McpJson.object().set("tools",
          McpJson.object().set("call", McpJson.object())), Map.of());

  /** How long one wait of {@code tasks/result} lasts before it looks again. */
  private static final Duration RESULT_WAIT = Duration.ofSeconds(30);

  private final Features features;
  private final TaskRunner runner;

  LegacyTasks(Features features) {
    this.features = features;
    this.runner = features.tasks();
  }

  /** Whether {@code session} has tasks at all: it speaks 2025-11-25, and some tool has them. */
  private boolean offered(ServerConnection session) {
    return session.supports(ProtocolFeature.TASKS) && features.toolTasks();
  }

  // ------------------------------------------------------------ tools/call

  /** Runs a tool call directly or, if the client asked and the tool allows, as a task. */
  McpResult call(ToolEntry entry, CallToolRequest request, ServerRequestContext context)
      throws Exception {
    ServerConnection session = context.connection();
    TaskSupport support = entry.tool().taskSupport();
    if (!offered(session)) {
      // Receivers that did not declare tasks ignore the task param (and older revisions have
      // no way to ask for one).
      return ToolCall.run(entry, request, context);
    }
    if (request.task() == null) {
      if (support == TaskSupport.REQUIRED) {
        throw JsonRpcException.methodNotFound("Method not found: tool " + request.name()
            + " runs only as a task (execution.taskSupport is required); call it with a task");
      }
      return ToolCall.run(entry, request, context);
    }
    if (support == TaskSupport.FORBIDDEN) {
      throw JsonRpcException.methodNotFound("Method not found: tool " + request.name()
          + " cannot run as a task (execution.taskSupport is forbidden); call it without one");
    }
    StoredTask task = runner.create(TaskDesign.CORE_2025_11_25, CallToolRequest.METHOD,
        TaskRunner.owner(context.caller()), session.id(), request.task().ttl());
    LegacyTaskContext taskContext =
        new LegacyTaskContext(context, session, runner, features.taskRoutes(), task.taskId());
    announceChanges(task, session);
    ProtocolVersion version = session.protocolVersion();
    runner.start(task.taskId(), () -> outcome(ToolCall.run(entry, request, taskContext),
        version));
    return new CreateTaskResult(task.toWire(), null, Map.of());
  }

  /** A tool result with {@code isError} makes a 2025-11-25 task {@code failed}. */
  private static TaskOutcome outcome(CallToolResult result, ProtocolVersion version) {
    ObjectNode json = McpJson.toObject(RevisionAdapter.result(result, version));
    return result.failed() ? TaskOutcome.failed(json, "The tool reported an error")
        : TaskOutcome.completed(json);
  }

  /** Tells the creating session of each status change (optional; clients keep polling). */
  private void announceChanges(StoredTask created, ServerConnection session) {
    AtomicReference<TaskStatus> last = new AtomicReference<>(created.status());
    AtomicReference<io.jmcp.core.tasks.TaskStore.Watch> watch = new AtomicReference<>();
    watch.set(runner.store().watch(created.taskId(), task -> {
      if (task.isTerminal() && watch.get() != null) {
        watch.get().close();
      }
      if (last.getAndSet(task.status()) == task.status() || !session.isOperational()) {
        return;
      }
      Task wire = task.toWire();
      session.notify(new TaskStatusNotification(wire.taskId(), wire.status(),
          wire.statusMessage(), wire.createdAt(), wire.lastUpdatedAt(), wire.ttl(),
          wire.pollInterval(), null, Map.of()));
    }));
    if (runner.store().find(created.taskId()).map(StoredTask::isTerminal).orElse(true)) {
      watch.get().close();
    }
  }

  // ------------------------------------------------------------ tasks/*

  /** Serves {@code tasks/get}, {@code tasks/result}, {@code tasks/list} or {@code tasks/cancel}. */
  McpResult handle(String method, InboundRequest request, ServerConnection session) {
    if (!offered(session)) {
      throw JsonRpcException.methodNotFound("Method not found: " + method
          + " (this server runs no tasks in revision " + session.protocolVersion() + ")");
    }
    String owner = TaskRunner.owner(request.context().get(Principal.class));
    return switch (method) {
      case GetTaskRequest.METHOD -> GetTaskResult.of(
          find(ServerConnection.decode(request, GetTaskRequest.class).taskId(), owner).toWire());
      case GetTaskPayloadRequest.METHOD -> result(
          ServerConnection.decode(request, GetTaskPayloadRequest.class).taskId(), owner, request,
          session);
      case ListTasksRequest.METHOD -> list(
          ServerConnection.decode(request, ListTasksRequest.class), owner, session);
      case CancelTaskRequest.METHOD -> cancel(
          ServerConnection.decode(request, CancelTaskRequest.class).taskId(), owner);
      default -> throw JsonRpcException.methodNotFound("Method not found: " + method);
    };
  }

  private StoredTask find(String taskId, @Nullable String owner) {
    return runner.store().find(taskId)
        .filter(task -> task.design() == TaskDesign.CORE_2025_11_25 && task.visibleTo(owner))
        .orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task not found (unknown, expired, or not yours): "
                + taskId));
  }

  /** Waits for the end; meanwhile the task's questions come on this request's stream. */
  private McpResult result(String taskId, @Nullable String owner, InboundRequest request,
      ServerConnection session) {
    StoredTask task = find(taskId, owner);
    try (TaskRoutes.Opened route = features.taskRoutes().open(taskId,
        new TaskRoutes.Route(session, request.id()))) {
      while (!task.isTerminal()) {
        Optional<StoredTask> now = runner.awaitTerminal(taskId, RESULT_WAIT);
        request.checkCancelled();
        task = now.orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task has expired: " + taskId));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestCancelledException("tasks/result was cancelled");
    }
    return payload(task);
  }

  /** Exactly what the call would have answered, tagged with its task. */
  private static McpResult payload(StoredTask task) {
    JsonNode result = task.result();
    if (result != null) {
      ObjectNode tagged = (ObjectNode) result.deepCopy();
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

  private ListTasksResult list(ListTasksRequest request, @Nullable String owner,
      ServerConnection session) {
    // Without an authenticated caller, a session lists only the tasks it created.
    List<Task> visible = runner.store().list(owner).stream()
        .filter(task -> task.design() == TaskDesign.CORE_2025_11_25)
        .filter(task -> owner != null || session.id().equals(task.origin()))
        .map(StoredTask::toWire).toList();
    Pagination.Page<Task> page = Pagination.page(visible, request.cursor(),
        features.options().pageSize());
    return new ListTasksResult(page.items(), page.nextCursor(), null, Map.of());
  }

  private CancelTaskResult cancel(String taskId, @Nullable String owner) {
    StoredTask task = find(taskId, owner);
    if (task.isTerminal()) {
      throw JsonRpcException.invalidParams("Cannot cancel task: already in terminal status '"
          + task.status().json() + "'");
    }
    StoredTask now = runner.cancel(taskId, "The task was cancelled by request.")
        .orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task not found: " + taskId));
    if (now.status() != TaskStatus.CANCELLED) {
      throw JsonRpcException.invalidParams("Cannot cancel task: already in terminal status '"
          + now.status().json() + "'");
    }
    return CancelTaskResult.of(now.toWire());
  }
}
