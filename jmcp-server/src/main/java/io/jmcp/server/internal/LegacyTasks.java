package io.jmcp.server.internal;

import io.jmcp.core.RevisionAdapter;
import io.jmcp.core.tasks.CoreTaskRequests;
import io.jmcp.core.tasks.StoredTask;
import io.jmcp.core.tasks.TaskDesign;
import io.jmcp.core.tasks.TaskOutcome;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Capability;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.TasksCapability;
import io.jmcp.schema.tasks.CancelTaskRequest;
import io.jmcp.schema.tasks.CreateTaskResult;
import io.jmcp.schema.tasks.GetTaskPayloadRequest;
import io.jmcp.schema.tasks.GetTaskRequest;
import io.jmcp.schema.tasks.ListTasksRequest;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tasks.TaskStatusNotification;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
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

  private final Features features;
  private final TaskRunner runner;
  private final CoreTaskRequests receiver;

  LegacyTasks(Features features) {
    this.features = features;
    this.runner = features.tasks();
    this.receiver = new CoreTaskRequests(runner);
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
      case GetTaskRequest.METHOD -> receiver.get(
          ServerConnection.decode(request, GetTaskRequest.class).taskId(), owner);
      case GetTaskPayloadRequest.METHOD -> result(
          ServerConnection.decode(request, GetTaskPayloadRequest.class).taskId(), owner, request,
          session);
      case ListTasksRequest.METHOD -> receiver.list(
          ServerConnection.decode(request, ListTasksRequest.class).cursor(), owner,
          session.id(), features.options().pageSize());
      case CancelTaskRequest.METHOD -> receiver.cancel(
          ServerConnection.decode(request, CancelTaskRequest.class).taskId(), owner);
      default -> throw JsonRpcException.methodNotFound("Method not found: " + method);
    };
  }

  /** Waits for the end; meanwhile the task's questions come on this request's stream. */
  private McpResult result(String taskId, @Nullable String owner, InboundRequest request,
      ServerConnection session) {
    receiver.find(taskId, owner);
    try (TaskRoutes.Opened route = features.taskRoutes().open(taskId,
        new TaskRoutes.Route(session, request.id()))) {
      return receiver.result(taskId, owner, request::isCancelled);
    }
  }
}
