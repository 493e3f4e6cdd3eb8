package io.jmcp.server.internal;

import io.jmcp.core.tasks.StoredTask;
import io.jmcp.core.tasks.TaskDesign;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.roots.ListRootsResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The {@link RequestContext} of a 2026-07-28 tool call that runs, or may come to run, as a task
 * of the tasks extension. Until the task exists it is the request's own context (questions are
 * rounds of a multi round-trip request). Once it does, it belongs to the task: cancellation is
 * the task's, questions become the task's {@code inputRequests} (the task is
 * {@code input_required} and the handler's thread waits for {@code tasks/update}), progress
 * messages become the task's status message, and log messages are dropped (the extension has
 * no channel for them).
 */
final class ExtensionTaskContext implements RequestContext {

  private static final Logger LOG = LoggerFactory.getLogger(ExtensionTaskContext.class);

  private final StatelessRequestContext request;
  private final TaskRunner runner;
  private final @Nullable String owner;
  private final Consumer<StoredTask> started;
  private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private final Set<String> usedKeys = new HashSet<>();
  private volatile @Nullable String taskId;
  private volatile TaskRunner.@Nullable Attachment attachment;
  private final ProgressGate gate = new ProgressGate();

  /** @param started told when the handler starts the task itself */
  ExtensionTaskContext(StatelessRequestContext request, TaskRunner runner,
      Consumer<StoredTask> started) {
    this.request = request;
    this.runner = runner;
    this.owner = TaskRunner.owner(request.caller());
    this.started = started;
  }

  /** Creates the task; the handler then runs as it from its first line. */
  StoredTask create() {
    StoredTask task = runner.create(TaskDesign.EXTENSION, CallToolRequest.METHOD, owner, null,
        null);
    taskId = task.taskId();
    return task;
  }

  /** The task's hold on the handler's thread, once the handler started the task itself. */
  TaskRunner.@Nullable Attachment attachment() {
    return attachment;
  }

  @Override
  public boolean startTask() {
    if (taskId != null) {
      return true;
    }
    StoredTask task = create();
    attachment = runner.attach(task.taskId());
    // What the handler wanted to hear of the call's cancellation now hears of the task's.
    cancelActions.forEach(action -> runner.onCancel(task.taskId(), action));
    started.accept(task);
    return true;
  }

  @Override
  public Optional<String> taskId() {
    return Optional.ofNullable(taskId);
  }

  // ------------------------------------------------------------ who and how

  @Override
  public RequestId requestId() {
    return request.requestId();
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public Meta meta() {
    return request.meta();
  }

  @Override
  public ServerSession session() {
    return request.session();
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return request.protocolVersion();
  }

  @Override
  public ClientCapabilities clientCapabilities() {
    return request.clientCapabilities();
  }

  @Override
  public Implementation clientInfo() {
    return request.clientInfo();
  }

  @Override
  public TransportContext transport() {
    return request.transport();
  }

  // ------------------------------------------------------------ cancellation

  @Override
  public boolean isCancelled() {
    String id = taskId;
    return id == null ? request.isCancelled() : runner.isCancelled(id);
  }

  @Override
  public void checkCancelled() {
    if (isCancelled()) {
      throw new RequestCancelledException("The call was cancelled");
    }
  }

  @Override
  public void onCancel(Runnable action) {
    String id = taskId;
    if (id != null) {
      runner.onCancel(id, action);
      return;
    }
    cancelActions.add(action);
    request.onCancel(action);
  }

  // ------------------------------------------------------------ progress and logs

  @Override
  public boolean progressRequested() {
    return taskId != null || request.progressRequested();
  }

  @Override
  public void progress(double progress, @Nullable Double total, @Nullable String message) {
    String id = taskId;
    if (id == null) {
      request.progress(progress, total, message);
      return;
    }
    if (!gate.advance(progress)) {
      return;
    }
    String done = total == null ? format(progress) : format(progress) + "/" + format(total);
    runner.describe(id, message == null ? done : message + " (" + done + ")");
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public void log(LoggingLevel level, @Nullable String logger, Object data) {
    if (taskId == null) {
      request.log(level, logger, data);
    } else {
      LOG.debug("Task {} logged (not sent: tasks carry no log messages): {}", taskId, data);
    }
  }

  // ------------------------------------------------------------ asking the client

  @Override
  public ElicitResult elicit(ElicitRequest elicitation) {
    return taskId == null ? request.elicit(elicitation)
        : one("elicitation", elicitation, ElicitResult.class);
  }

  @Override
  public CreateMessageResult sample(CreateMessageRequest sampling) {
    return taskId == null ? request.sample(sampling)
        : one("sampling", sampling, CreateMessageResult.class);
  }

  @Override
  public List<Root> roots() {
    return taskId == null ? request.roots()
        : one("roots", ListRootsRequest.of(), ListRootsResult.class).roots();
  }

  @Override
  public InputResponses ask(InputRequests requests) {
    return taskId == null ? request.ask(requests) : askAsTask(requests);
  }

  private <R> R one(String kind, ServerRequest<?> question, Class<R> type) {
    String key;
    synchronized (this) {
      key = kind + "-" + counters.merge(kind, 1, Integer::sum);
    }
    return askAsTask(InputRequests.of(key, question)).get(key, type).orElseThrow();
  }

  /**
   * Puts the questions on the task and waits for {@code tasks/update} to answer them all. Keys
   * on the wire are unique over the task's life (the extension's rule): a key the handler uses
   * again travels under a fresh one.
   */
  private InputResponses askAsTask(InputRequests requests) {
    String id = taskId;
    Map<String, String> keyOfWire = new LinkedHashMap<>();
    Map<String, JsonNode> questions = new LinkedHashMap<>();
    for (Map.Entry<String, ServerRequest<?>> entry : requests.requests().entrySet()) {
      ServerRequest<?> prepared = ClientInputRules.prepare(entry.getValue(),
          request.clientCapabilities(), request.protocolVersion(), ClientInputRules.UNDECLARED);
      String wire = unique(entry.getKey());
      keyOfWire.put(wire, entry.getKey());
      questions.put(wire, InputRequests.encode(prepared));
    }
    Map<String, JsonNode> answers;
    try {
      answers = runner.ask(id, questions);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestCancelledException("Task " + id + " was cancelled while it waited for "
          + "input");
    }
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    keyOfWire.forEach((wire, key) -> byKey.put(key, answers.get(wire)));
    return new InputResponses(byKey);
  }

  private synchronized String unique(String key) {
    if (usedKeys.add(key)) {
      return key;
    }
    int n = 2;
    while (!usedKeys.add(key + "-" + n)) {
      n++;
    }
    return key + "-" + n;
  }
}
