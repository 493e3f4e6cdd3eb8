package io.jmcp.server.internal;

import io.jmcp.core.RevisionAdapter;
import io.jmcp.core.tasks.StoredTask;
import io.jmcp.core.tasks.TaskDesign;
import io.jmcp.core.tasks.TaskOutcome;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.core.tasks.TaskStore;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ResultType;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.subscriptions.SubscriptionFilter;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.server.TaskStart;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tool tasks as the 2026-07-28 tasks extension defines them ({@code io.modelcontextprotocol/tasks},
 * repo {@code modelcontextprotocol/ext-tasks}): the server decides, per request, to answer
 * {@code tools/call} with a task handle, only when that request's capabilities declare the
 * extension (a tool that runs only as a task is refused with -32021 otherwise). The handler may
 * ask its questions first, as rounds of the call, and start the task after. {@code tasks/get}
 * answers the detailed task (the result, the error or the open questions), {@code tasks/update}
 * delivers answers, {@code tasks/cancel} asks to stop; all three demand the extension (-32021)
 * before looking at the task id.
 */
final class ExtensionTasks {

  private final Features features;
  private final TaskRunner runner;

  ExtensionTasks(Features features) {
    this.features = features;
    this.runner = features.tasks();
  }

  /** -32021 naming the extension, as the extension prescribes. */
  static JsonRpcException missingExtension(String message) {
    return new JsonRpcException(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY, message,
        McpJson.object().set("requiredCapabilities", McpJson.object().set("extensions",
            McpJson.object().set(TasksExtension.ID, McpJson.object()))));
  }

  // ------------------------------------------------------------ tools/call

  /** Runs a tool call directly, or as a task when the tool supports it and the client allows. */
  McpResult call(ToolEntry entry, CallToolRequest request, StatelessRequestContext context)
      throws Exception {
    TaskSupport support = entry.tool().taskSupport();
    boolean allowed = features.tasksExtension()
        && TasksExtension.declaredBy(context.clientCapabilities());
    if (support == TaskSupport.REQUIRED && !allowed) {
      throw missingExtension("Missing required client capability: tool " + request.name()
          + " runs only as a task; declare the " + TasksExtension.ID + " extension in this "
          + "request's clientCapabilities");
    }
    if (support == TaskSupport.FORBIDDEN || !allowed) {
      return ToolCall.run(entry, request, context);
    }
    if (entry.tool().taskStart() == TaskStart.IMMEDIATELY) {
      ExtensionTaskContext taskContext = new ExtensionTaskContext(context, runner, task -> { });
      StoredTask task = taskContext.create();
      runner.start(task.taskId(), () -> outcome(ToolCall.run(entry, request, taskContext)));
      return new TaskHandle(task);
    }
    return startedByHandler(entry, request, context);
  }

  /**
   * Runs the handler on a thread of its own and answers with whatever comes first: its result
   * (it never started the task), a question it cannot have answered yet (a round of the call),
   * an error, or the task it started, which it then goes on running.
   */
  private McpResult startedByHandler(ToolEntry entry, CallToolRequest request,
      StatelessRequestContext context) throws Exception {
    CompletableFuture<McpResult> first = new CompletableFuture<>();
    ExtensionTaskContext taskContext = new ExtensionTaskContext(context, runner,
        task -> first.complete(new TaskHandle(task)));
    Thread handler = Thread.ofVirtual().name("jmcp-tool-" + request.name()).start(() -> {
      try {
        CallToolResult result = ToolCall.run(entry, request, taskContext);
        TaskRunner.Attachment task = taskContext.attachment();
        if (task != null) {
          task.complete(outcome(result));
        } else {
          first.complete(result);
        }
      } catch (Throwable failure) {
        TaskRunner.Attachment task = taskContext.attachment();
        if (task != null) {
          task.fail(failure);
        } else {
          first.completeExceptionally(failure);
        }
      }
    });
    try {
      return first.get();
    } catch (InterruptedException e) {
      if (taskContext.taskId().isEmpty()) {
        handler.interrupt();
      }
      Thread.currentThread().interrupt();
      throw new RequestCancelledException("The call was cancelled");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case Exception failure -> throw failure;
        case Error failure -> throw failure;
        default -> throw e;
      }
    }
  }

  /** The extension keeps a tool result with {@code isError} as a {@code completed} task. */
  private static TaskOutcome outcome(CallToolResult result) {
    return TaskOutcome.completed(McpJson.toObject(
        RevisionAdapter.result(result, ProtocolVersion.V2026_07_28)));
  }

  // ------------------------------------------------------------ tasks/get, update, cancel

  /** Serves {@code tasks/get}, {@code tasks/update} or {@code tasks/cancel}. */
  JsonNode handle(String method, InboundRequest request, RequestFacts facts) {
    if (!features.tasksExtension()) {
      throw JsonRpcException.methodNotFound("Method not found: " + method
          + " (this server does not offer the " + TasksExtension.ID + " extension)");
    }
    if (!TasksExtension.declaredBy(facts.capabilities())) {
      throw missingExtension("Missing required client capability: " + method + " needs the "
          + TasksExtension.ID + " extension in this request's clientCapabilities");
    }
    JsonNode params = request.params();
    JsonNode id = params == null ? null : params.get("taskId");
    if (id == null || !id.isString()) {
      throw JsonRpcException.invalidParams("Invalid params: " + method
          + " needs a string taskId");
    }
    String owner = TaskRunner.owner(request.context().get(Principal.class));
    StoredTask task = runner.store().find(id.asString())
        .filter(found -> found.design() == TaskDesign.EXTENSION && found.visibleTo(owner))
        .orElseThrow(() -> JsonRpcException.invalidParams(
            "Failed to retrieve task: Task not found (unknown, expired, or not yours): "
                + id.asString()));
    return switch (method) {
      case TasksExtension.GET -> detailed(task);
      case TasksExtension.UPDATE -> {
        update(task, params.get("inputResponses"));
        yield acknowledgement();
      }
      case TasksExtension.CANCEL -> {
        runner.cancel(task.taskId(), "The task was cancelled by request.");
        yield acknowledgement();
      }
      default -> throw JsonRpcException.methodNotFound("Method not found: " + method);
    };
  }

  /** Hands over the answers to open questions; other keys are ignored, as the extension says. */
  private void update(StoredTask task, @Nullable JsonNode responses) {
    if (responses == null || !responses.isObject()) {
      throw JsonRpcException.invalidParams("Invalid params: tasks/update needs an "
          + "inputResponses object");
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      JsonNode question = task.inputRequests().get(entry.getKey());
      if (question != null) {
        answers.put(entry.getKey(), checked(entry.getKey(), question, entry.getValue()));
      }
    }
    if (!answers.isEmpty()) {
      runner.answer(task.taskId(), answers);
    }
  }

  /** An answer must be a result of its question's kind (-32602 otherwise). */
  private static JsonNode checked(String key, JsonNode question, JsonNode answer) {
    ServerRequest<?> request = InputRequests.decode(question);
    String problem = null;
    if (!answer.isObject()) {
      problem = "it is not an object";
    } else {
      try {
        McpJson.fromTree(answer, request.resultType());
      } catch (IllegalArgumentException | NullPointerException e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      throw new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Invalid params: inputResponses."
          + key + " does not answer " + request.method() + ": " + problem,
          McpJson.object().put("key", key));
    }
    return answer;
  }

  // ------------------------------------------------------------ subscriptions/listen

  /** The member of a listen filter naming the tasks to hear about. */
  static final String TASK_IDS = "taskIds";

  /**
   * The tasks a listen request may hear about: of those it names, the ones this caller may see;
   * null when it names none. Naming tasks without declaring the extension is -32021.
   */
  @Nullable List<String> watchable(SubscriptionFilter asked, InboundRequest request,
      RequestFacts facts) {
    JsonNode named = asked.extra().get(TASK_IDS);
    if (named == null || named.isNull()) {
      return null;
    }
    if (!features.tasksExtension() || !TasksExtension.declaredBy(facts.capabilities())) {
      throw missingExtension("Missing required client capability: task notifications need the "
          + TasksExtension.ID + " extension in this request's clientCapabilities");
    }
    if (!named.isArray()) {
      throw JsonRpcException.invalidParams("Invalid params: notifications.taskIds must be an "
          + "array of task ids");
    }
    String owner = TaskRunner.owner(request.context().get(Principal.class));
    List<String> accepted = new ArrayList<>();
    for (JsonNode id : named) {
      if (id.isString() && runner.store().find(id.asString()).filter(task ->
          task.design() == TaskDesign.EXTENSION && task.visibleTo(owner)).isPresent()) {
        accepted.add(id.asString());
      }
    }
    return accepted;
  }

  /**
   * Sends {@code notifications/tasks} (the detailed task, as {@code tasks/get} would answer) to
   * {@code subscription} whenever one of {@code taskIds} changes.
   */
  List<TaskStore.Watch> watch(@Nullable List<String> taskIds, ListenSubscription subscription) {
    if (taskIds == null) {
      return List.of();
    }
    List<TaskStore.Watch> watches = new ArrayList<>();
    for (String taskId : taskIds) {
      watches.add(runner.store().watch(taskId, task -> {
        ObjectNode params = (ObjectNode) detailed(task);
        params.remove(ResultType.FIELD);
        params.remove("_meta");
        subscription.offer(TasksExtension.STATUS_NOTIFICATION, params);
      }));
    }
    return watches;
  }

  // ------------------------------------------------------------ wire shapes

  /** The flat {@code CreateTaskResult}: the task itself, typed {@code task}. */
  JsonNode created(StoredTask task) {
    ObjectNode json = McpJson.object();
    json.put(ResultType.FIELD, ResultType.TASK);
    describe(task, json);
    json.set("_meta", McpJson.object().set(Meta.SERVER_INFO, serverInfo()));
    return json;
  }

  /** The detailed task of {@code tasks/get}: with its result, error or open questions. */
  private JsonNode detailed(StoredTask task) {
    ObjectNode json = McpJson.object();
    json.put(ResultType.FIELD, ResultType.COMPLETE);
    describe(task, json);
    switch (task.status()) {
      case COMPLETED -> {
        ObjectNode result = task.result() instanceof ObjectNode object ? object.deepCopy()
            : McpJson.object();
        if (!result.has(ResultType.FIELD)) {
          result.put(ResultType.FIELD, ResultType.COMPLETE);
        }
        json.set("result", result);
      }
      case FAILED -> json.set("error", error(task.error()));
      case INPUT_REQUIRED -> {
        ObjectNode questions = json.putObject("inputRequests");
        task.inputRequests().forEach(questions::set);
      }
      case WORKING, CANCELLED -> {
      }
    }
    json.set("_meta", McpJson.object().set(Meta.SERVER_INFO, serverInfo()));
    return json;
  }

  private static void describe(StoredTask task, ObjectNode json) {
    json.put("taskId", task.taskId());
    json.put("status", task.status().json());
    if (task.statusMessage() != null) {
      json.put("statusMessage", task.statusMessage());
    }
    json.put("createdAt", task.createdAt().toString());
    json.put("lastUpdatedAt", task.lastUpdatedAt().toString());
    if (task.ttl() == null) {
      json.putNull("ttlMs");
    } else {
      json.put("ttlMs", task.ttl().toMillis());
    }
    if (task.pollInterval() != null) {
      json.put("pollIntervalMs", task.pollInterval().toMillis());
    }
  }

  private static ObjectNode error(@Nullable JsonRpcError error) {
    JsonRpcError failure = error != null ? error
        : new JsonRpcError(ErrorCodes.INTERNAL_ERROR, "The task failed", null);
    ObjectNode json = McpJson.object();
    json.put("code", failure.code());
    json.put("message", failure.message());
    if (failure.data() != null) {
      json.set("data", failure.data());
    }
    return json;
  }

  /** The empty acknowledgement of {@code tasks/update} and {@code tasks/cancel}. */
  private static JsonNode acknowledgement() {
    return McpJson.object().put(ResultType.FIELD, ResultType.COMPLETE);
  }

  private JsonNode serverInfo() {
    return McpJson.toTree(RevisionAdapter.implementation(features.options().info(),
        ProtocolVersion.V2026_07_28));
  }
}
