package io.jmcp.client.internal;

import io.jmcp.client.ClientRequestContext;
import io.jmcp.core.tasks.CoreTaskRequests;
import io.jmcp.core.tasks.StoredTask;
import io.jmcp.core.tasks.TaskDesign;
import io.jmcp.core.tasks.TaskOutcome;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.core.tasks.TaskSettings;
import io.jmcp.core.tasks.TaskStore;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.tasks.CancelTaskRequest;
import io.jmcp.schema.tasks.CreateTaskResult;
import io.jmcp.schema.tasks.GetTaskPayloadRequest;
import io.jmcp.schema.tasks.GetTaskRequest;
import io.jmcp.schema.tasks.ListTasksRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The client as the receiver of 2025-11-25 tasks: a server that may (the client declared
 * {@code tasks.requests.sampling.createMessage} / {@code elicitation.create}) asks for a sampling
 * or an elicitation as a task; the client answers with the task at once, runs the usual handler
 * in the background, and serves {@code tasks/get}, {@code tasks/result}, {@code tasks/list} and
 * {@code tasks/cancel} for it. Tasks live in the client's {@link TaskStore}.
 */
final class ReceivedTasks implements AutoCloseable {

  /** The methods by which a server follows the tasks it gave the client. */
  static final Set<String> METHODS = Set.of(GetTaskRequest.METHOD, GetTaskPayloadRequest.METHOD,
      ListTasksRequest.METHOD, CancelTaskRequest.METHOD);

  /** This client's only connection, as the origin of the tasks it runs. */
  private static final String ORIGIN = "server";
  private static final int PAGE_SIZE = 100;

  private final TaskRunner runner;
  private final CoreTaskRequests requests;

  ReceivedTasks(TaskStore store) {
    this.runner = new TaskRunner(store, TaskSettings.DEFAULT, Clock.systemUTC());
    this.requests = new CoreTaskRequests(runner);
  }

  /** The work of one task: the handler's answer, as the request would have had it. */
  @FunctionalInterface
  interface Work {
    McpResult run(ClientRequestContext context) throws Exception;
  }

  /** Starts a task for {@code request}; answers its handle. */
  CreateTaskResult start(InboundRequest request, @Nullable Long ttl,
      Work work) {
    StoredTask task = runner.create(TaskDesign.CORE_2025_11_25, request.method(), null, ORIGIN,
        ttl);
    ClientRequestContext context = context(task.taskId(), request);
    runner.start(task.taskId(), () -> TaskOutcome.completed(
        McpJson.toObject(work.run(context))));
    return new CreateTaskResult(task.toWire(), null, Map.of());
  }

  /** Serves one of {@link #METHODS}. */
  McpResult handle(InboundRequest request) {
    return switch (request.method()) {
      case GetTaskRequest.METHOD -> requests.get(
          decode(request, GetTaskRequest.class).taskId(), null);
      case GetTaskPayloadRequest.METHOD -> requests.result(
          decode(request, GetTaskPayloadRequest.class).taskId(), null, request::isCancelled);
      case ListTasksRequest.METHOD -> requests.list(
          decode(request, ListTasksRequest.class).cursor(), null, ORIGIN, PAGE_SIZE);
      case CancelTaskRequest.METHOD -> requests.cancel(
          decode(request, CancelTaskRequest.class).taskId(), null);
      default -> throw JsonRpcException.methodNotFound("Method not found: " + request.method());
    };
  }

  private ClientRequestContext context(String taskId, InboundRequest request) {
    Meta meta = ClientInbound.meta(request);
    return new ClientRequestContext() {
      @Override
      public RequestId requestId() {
        return request.id();
      }

      @Override
      public Meta meta() {
        return meta;
      }

      @Override
      public boolean isCancelled() {
        return runner.isCancelled(taskId);
      }

      @Override
      public void onCancel(Runnable action) {
        runner.onCancel(taskId, action);
      }
    };
  }

  private static <T> T decode(InboundRequest request, Class<T> type) {
    try {
      return McpJson.fromTree(request.params(), type);
    } catch (IllegalArgumentException e) {
      throw JsonRpcException.invalidParams(
          "Invalid params for " + request.method() + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    runner.close();
  }
}
