package io.jmcp.server.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProgressToken;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.roots.ListRootsResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tasks.RelatedTaskMetadata;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RequestContext} of a tool call running as a 2025-11-25 task: it outlives the request
 * that created it. Cancellation is the task's; progress (the original token stays valid) goes to
 * the session that created it; questions are server-to-client requests tagged with the task
 * ({@code io.modelcontextprotocol/related-task}), sent where {@link TaskRoutes} says, while the
 * task is {@code input_required}.
 */
final class LegacyTaskContext implements RequestContext {

  private final ServerRequestContext original;
  private final ServerConnection origin;
  private final TaskRunner runner;
  private final TaskRoutes routes;
  private final String taskId;
  private final Meta related;
  private final @Nullable ProgressToken progressToken;
  private final ProgressGate gate = new ProgressGate();

  LegacyTaskContext(ServerRequestContext original, ServerConnection origin, TaskRunner runner,
      TaskRoutes routes, String taskId) {
    this.original = original;
    this.origin = origin;
    this.runner = runner;
    this.routes = routes;
    this.taskId = taskId;
    this.related = Meta.empty().with(Meta.RELATED_TASK, new RelatedTaskMetadata(taskId, Map.of()));
    this.progressToken = original.meta().progressToken().orElse(null);
  }

  @Override
  public RequestId requestId() {
    return original.requestId();
  }

  @Override
  public String method() {
    return original.method();
  }

  @Override
  public Meta meta() {
    return original.meta();
  }

  @Override
  public ServerSession session() {
    return origin;
  }

  @Override
  public TransportContext transport() {
    return original.transport();
  }

  @Override
  public Optional<String> taskId() {
    return Optional.of(taskId);
  }

  // ------------------------------------------------------------ cancellation

  @Override
  public boolean isCancelled() {
    return runner.isCancelled(taskId);
  }

  @Override
  public void checkCancelled() {
    if (isCancelled()) {
      throw new RequestCancelledException("Task " + taskId + " was cancelled");
    }
  }

  @Override
  public void onCancel(Runnable action) {
    runner.onCancel(taskId, action);
  }

  // ------------------------------------------------------------ progress and logs

  @Override
  public boolean progressRequested() {
    return progressToken != null;
  }

  @Override
  public void progress(double progress, @Nullable Double total, @Nullable String message) {
    if (!gate.advance(progress)) {
      return;
    }
    if (message != null) {
      runner.describe(taskId, message);
    }
    ProgressToken token = progressToken;
    if (token == null) {
      return;
    }
    String text = origin.supports(ProtocolFeature.PROGRESS_MESSAGE) ? message : null;
    origin.notify(new ProgressNotification(token, progress, total, text, related, Map.of()));
  }

  @Override
  public void log(LoggingLevel level, @Nullable String logger, Object data) {
    origin.log(level, logger, data);
  }

  // ------------------------------------------------------------ asking the client

  @Override
  public ElicitResult elicit(ElicitRequest request) {
    return ask(request);
  }

  @Override
  public CreateMessageResult sample(CreateMessageRequest request) {
    return ask(request);
  }

  @Override
  public List<Root> roots() {
    ListRootsResult result = ask(ListRootsRequest.of());
    return result.roots();
  }

  @Override
  public InputResponses ask(InputRequests requests) {
    Map<String, McpResult> answers = new LinkedHashMap<>();
    requests.requests().forEach((key, question) -> answers.put(key, ask(question)));
    return InputResponses.of(answers);
  }

  /** One question, sent while the task is {@code input_required}. */
  private <R extends McpResult> R ask(ServerRequest<R> question) {
    TaskRoutes.Route route = routes.current(taskId, origin);
    ServerConnection session = route.session();
    @SuppressWarnings("unchecked")
    ServerRequest<R> outbound = (ServerRequest<R>) ClientInputRules.prepare(question,
        session.clientCapabilities(), session.protocolVersion(), session.refusal());
    runner.questionAsked(taskId);
    try {
      return session.channel().call(outbound, CallOptions.timeout(
          session.options().clientRequestTimeout()).withMeta(related), route.related());
    } finally {
      runner.questionAnswered(taskId);
    }
  }
}
