package io.jmcp.client.internal;

import io.jmcp.client.ClientRequestContext;
import io.jmcp.client.ElicitationHandler;
import io.jmcp.client.SamplingHandler;
import io.jmcp.core.McpChannel;
import io.jmcp.core.NotificationLane;
import io.jmcp.core.tasks.TaskStore;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.EmptyResult;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.PingRequest;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitAction;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.elicitation.ElicitationCompleteNotification;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.prompts.PromptListChangedNotification;
import io.jmcp.schema.resources.ResourceListChangedNotification;
import io.jmcp.schema.resources.ResourceUpdatedNotification;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.roots.ListRootsResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.roots.RootsListChangedNotification;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tasks.TaskMetadata;
import io.jmcp.schema.tools.ToolListChangedNotification;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * What the client does with what the server sends it: answers ping, sampling, elicitation and
 * roots requests (only those the client declared), and hands notifications to the listeners, in
 * order, on a lane of their own so listeners may call the server.
 */
public final class ClientInbound {

  private static final Logger LOG = LoggerFactory.getLogger(ClientInbound.class);

  private final ClientOptions options;
  private final Supplier<ProtocolVersion> version;
  private final NotificationLane lane = new NotificationLane("client");
  private volatile @Nullable List<Root> roots;
  private volatile Predicate<JsonRpcNotification> observer = notification -> true;
  private final @Nullable ReceivedTasks tasks;

  public ClientInbound(ClientOptions options, Supplier<ProtocolVersion> version) {
    this.options = options;
    this.version = version;
    this.roots = options.roots();
    TaskStore store = options.tasks().receiverStore();
    this.tasks = store == null ? null : new ReceivedTasks(store);
  }

  // ------------------------------------------------------------ requests from the server

  public @Nullable JsonNode handle(InboundRequest request) throws Exception {
    if (!version.get().isLegacy()) {
      // 2026-07-28 servers never send requests; what they need comes inside results (MRTR).
      throw JsonRpcException.methodNotFound("Method not found: " + request.method()
          + " (a 2026-07-28 server sends no requests)");
    }
    ReceivedTasks received = receivesTasks() ? tasks : null;
    McpResult result = switch (request.method()) {
      case PingRequest.METHOD -> EmptyResult.empty();
      case CreateMessageRequest.METHOD -> {
        CreateMessageRequest sampling = decode(request, CreateMessageRequest.class);
        yield received != null && sampling.task() != null && options.sampling() != null
            ? received.start(request, sampling.task().ttl(), context -> sample(sampling, context))
            : sample(sampling, context(request));
      }
      case ElicitRequest.METHOD -> {
        ElicitRequest elicitation = decode(request, ElicitRequest.class);
        TaskMetadata task = switch (elicitation) {
          case ElicitFormRequest form -> form.task();
          case ElicitUrlRequest url -> url.task();
        };
        yield received != null && task != null && options.elicitation() != null
            ? received.start(request, task.ttl(), context -> elicit(elicitation, context))
            : elicit(elicitation, context(request));
      }
      case ListRootsRequest.METHOD -> listRoots();
      default -> {
        if (received != null && ReceivedTasks.METHODS.contains(request.method())) {
          yield received.handle(request);
        }
        throw JsonRpcException.methodNotFound("Method not found: " + request.method());
      }
    };
    return McpJson.toObject(result);
  }

  /** Whether servers may give this client tasks: it keeps them, and speaks 2025-11-25. */
  private boolean receivesTasks() {
    return tasks != null && version.get().supports(ProtocolFeature.TASKS);
  }

  /**
   * Answers one input request of a 2026-07-28 multi round-trip request with the same handlers
   * (and the same rules) as the legacy server-to-client requests.
   */
  public McpResult answer(ServerRequest<?> question, ClientRequestContext context)
      throws Exception {
    return switch (question) {
      case CreateMessageRequest sampling -> sample(sampling, context);
      case ElicitRequest elicitation -> elicit(elicitation, context);
      case ListRootsRequest roots -> listRoots();
      default -> throw JsonRpcException.methodNotFound("Method not found: " + question.method());
    };
  }

  private CreateMessageResult sample(CreateMessageRequest sampling,
      ClientRequestContext context) throws Exception {
    SamplingHandler handler = options.sampling();
    if (handler == null) {
      throw JsonRpcException.methodNotFound(
          "Method not found: sampling/createMessage (this client does not offer sampling)");
    }
    if ((sampling.tools() != null || sampling.toolChoice() != null) && !options.samplingTools()) {
      throw JsonRpcException.invalidParams(
          "Invalid params: tools in sampling need the sampling.tools capability, which this client"
              + " did not declare");
    }
    SamplingRules.check(sampling.messages());
    return handler.createMessage(sampling, context);
  }

  private ElicitResult elicit(ElicitRequest elicitation, ClientRequestContext context)
      throws Exception {
    ElicitationHandler handler = options.elicitation();
    if (handler == null || !version.get().supports(ProtocolFeature.ELICITATION)) {
      throw JsonRpcException.methodNotFound(
          "Method not found: elicitation/create (this client does not offer elicitation)");
    }
    boolean declared = switch (elicitation) {
      case ElicitFormRequest form -> options.elicitationForm();
      case ElicitUrlRequest url -> options.elicitationUrl()
          && version.get().supports(ProtocolFeature.ELICITATION_URL_MODE);
    };
    if (!declared) {
      throw JsonRpcException.invalidParams("Invalid params: this client did not declare "
          + (elicitation instanceof ElicitUrlRequest ? "URL" : "form") + "-mode elicitation");
    }
    ElicitResult result = handler.elicit(elicitation, context);
    if (result == null) {
      throw JsonRpcException.internalError("The elicitation handler gave no answer");
    }
    // Defaults exist from 2025-11-25 on; older revisions cannot carry some of their values.
    if (options.applyElicitationDefaults() && result.action() == ElicitAction.ACCEPT
        && version.get().supports(ProtocolFeature.ELICITATION_ENUM_VARIANTS)
        && elicitation instanceof ElicitFormRequest form) {
      return new ElicitResult(result.action(),
          FormDefaults.apply(form.requestedSchema(), result.content()), result.meta(),
          result.extra());
    }
    return result;
  }

  private ListRootsResult listRoots() {
    List<Root> current = roots;
    if (current == null) {
      throw JsonRpcException.methodNotFound(
          "Method not found: roots/list (this client does not offer roots)");
    }
    return ListRootsResult.of(current);
  }

  /** Replaces the roots and tells the server, if the client offers roots at all. */
  public void setRoots(List<Root> newRoots, @Nullable McpChannel channel) {
    if (roots == null) {
      throw new IllegalStateException(
          "this client was built without roots; give initial roots to the builder");
    }
    roots = List.copyOf(newRoots);
    if (version.get().supports(ProtocolFeature.ROOTS_LIST_CHANGED) && channel != null) {
      channel.notify(RootsListChangedNotification.of());
    }
  }

  private static <T> T decode(InboundRequest request, Class<T> type) {
    try {
      return McpJson.fromTree(request.params(), type);
    } catch (IllegalArgumentException e) {
      throw JsonRpcException.invalidParams(
          "Invalid params for " + request.method() + ": " + e.getMessage());
    }
  }

  /** The request's {@code _meta}; empty when absent or malformed. */
  static Meta meta(InboundRequest request) {
    return Meta.ofParams(request.params());
  }

  private static ClientRequestContext context(InboundRequest request) {
    Meta parsed = meta(request);
    return new ClientRequestContext() {
      @Override
      public RequestId requestId() {
        return request.id();
      }

      @Override
      public Meta meta() {
        return parsed;
      }

      @Override
      public boolean isCancelled() {
        return request.isCancelled();
      }

      @Override
      public void onCancel(Runnable action) {
        request.onCancel(action);
      }
    };
  }

  // ------------------------------------------------------------ notifications from the server

  /**
   * Sees every notification first, on the transport's thread, before any listener: for the
   * client's own bookkeeping (cache, listen acknowledgements), which must not wait behind them.
   * A notification it refuses reaches no listener (one from a listen stream already closed).
   */
  public void observe(Predicate<JsonRpcNotification> value) {
    this.observer = value;
  }

  public void onNotification(JsonRpcNotification notification, McpChannel channel) {
    if (!observer.test(notification)) {
      return;
    }
    String method = notification.method();
    if (ProgressNotification.METHOD.equals(method)) {
      // Synchronously, so a call's progress is seen before its result.
      read(notification, ProgressNotification.class, channel::onProgress);
      return;
    }
    lane.submit(() -> dispatch(notification));
  }

  private void dispatch(JsonRpcNotification notification) {
    switch (notification.method()) {
      case LoggingMessageNotification.METHOD ->
          read(notification, LoggingMessageNotification.class, options.onLog());
      case ToolListChangedNotification.METHOD -> options.onToolsChanged().run();
      case ResourceListChangedNotification.METHOD -> options.onResourcesChanged().run();
      case PromptListChangedNotification.METHOD -> options.onPromptsChanged().run();
      case ResourceUpdatedNotification.METHOD -> read(notification,
          ResourceUpdatedNotification.class, updated -> options.onResourceUpdated()
              .accept(updated.uri()));
      case ElicitationCompleteNotification.METHOD -> read(notification,
          ElicitationCompleteNotification.class, done -> options.onElicitationComplete()
              .accept(done.elicitationId()));
      default -> LOG.debug("Notification {} from the server", notification.method());
    }
    for (Consumer<JsonRpcNotification> listener : options.onNotification()) {
      listener.accept(notification);
    }
  }

  private static <T> void read(JsonRpcNotification notification, Class<T> type,
      Consumer<? super T> consumer) {
    T value;
    try {
      value = McpJson.fromTree(notification.params(), type);
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring malformed {} from the server: {}", notification.method(), e.getMessage());
      return;
    }
    consumer.accept(value);
  }

  public void close() {
    lane.close();
    if (tasks != null) {
      tasks.close();
    }
  }
}
