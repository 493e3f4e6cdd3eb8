package io.jmcp.server.internal;

import io.jmcp.core.RevisionAdapter;
import io.jmcp.core.tasks.TaskStore;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.CacheHint;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.PingRequest;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ResultType;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.completion.CompleteRequest;
import io.jmcp.schema.lifecycle.DiscoverRequest;
import io.jmcp.schema.lifecycle.DiscoverResult;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.schema.logging.SetLevelRequest;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.prompts.ListPromptsRequest;
import io.jmcp.schema.resources.ListResourceTemplatesRequest;
import io.jmcp.schema.resources.ListResourcesRequest;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.resources.SubscribeRequest;
import io.jmcp.schema.resources.UnsubscribeRequest;
import io.jmcp.schema.subscriptions.SubscriptionFilter;
import io.jmcp.schema.subscriptions.SubscriptionsListenRequest;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.ListToolsRequest;
import io.jmcp.server.CacheableKind;
import io.jmcp.server.ServerSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves 2026-07-28 requests: each one alone, judged by its own {@code _meta}, with no session.
 * Checks the request (headers, version, capabilities), refuses methods the revision removed,
 * runs multi round-trip requests, and shapes results ({@code resultType}, cache hints, server
 * identity).
 */
final class StatelessRequests {

  /** Methods of the handshake era that 2026-07-28 removed. */
  private static final Set<String> REMOVED = Set.of(InitializeRequest.METHOD, PingRequest.METHOD,
      SetLevelRequest.METHOD, SubscribeRequest.METHOD, UnsubscribeRequest.METHOD);

  /** Methods that may answer with an InputRequiredResult. */
  private static final Set<String> MAY_ASK = Set.of(CallToolRequest.METHOD,
      GetPromptRequest.METHOD, ReadResourceRequest.METHOD);

  /** Methods only the stateless revisions have, so a request using one is stateless. */
  static final Set<String> MODERN_ONLY = Set.of(DiscoverRequest.METHOD,
      SubscriptionsListenRequest.METHOD);

  private final Features features;
  private final ServerOptions options;
  private final FeatureRequests requests;

  StatelessRequests(Features features) {
    this.features = features;
    this.options = features.options();
    this.requests = new FeatureRequests(features);
  }

  /** Whether {@code request} is to be served statelessly rather than as a legacy one. */
  boolean accepts(InboundRequest request) {
    if (options.modernVersions().isEmpty()) {
      return false;
    }
    return RequestFacts.claimsModern(request.params())
        || MODERN_ONLY.contains(request.method())
        || HeaderRules.claimsModern(request.context());
  }

  /** The result of {@code request} as JSON, or a JSON-RPC error. */
  JsonNode handle(InboundRequest request, ServerSession connection) throws Exception {
    HeaderRules.checkBeforeDispatch(request);
    HeaderRules.checkAgainstBody(request, features);
    RequestFacts facts = RequestFacts.read(request.params(), options.modernVersions(),
        requested -> HeaderRules.checkVersion(request.context(), requested));
    String method = request.method();
    if (REMOVED.contains(method)) {
      throw JsonRpcException.methodNotFound("Method not found: " + method
          + " does not exist in protocol revision " + facts.version());
    }
    return switch (method) {
      case DiscoverRequest.METHOD -> encode(discover(facts), facts, CacheableKind.DISCOVER);
      case SubscriptionsListenRequest.METHOD -> listen(request, facts);
      case TasksExtension.GET, TasksExtension.UPDATE, TasksExtension.CANCEL ->
          requests.extensionTasks().handle(method, request, facts);
      case CallToolRequest.METHOD, GetPromptRequest.METHOD, ReadResourceRequest.METHOD ->
          withInput(request, facts, connection);
      case ListToolsRequest.METHOD, ListPromptsRequest.METHOD, ListResourcesRequest.METHOD,
          ListResourceTemplatesRequest.METHOD, CompleteRequest.METHOD -> encode(
              requests.handle(method, request,
                  new StatelessRequestContext(request, facts, null, options.logging(),
                      connection)),
              facts, cacheKind(method));
      default -> encode(ExtensionMethods.answer(options.extensions(), request,
          new StatelessRequestContext(request, facts, null, options.logging(), connection)),
          facts, null);
    };
  }

  // ------------------------------------------------------------ server/discover

  private DiscoverResult discover(RequestFacts facts) {
    List<String> versions = options.versions().stream().map(ProtocolVersion::id).toList();
    return new DiscoverResult(versions, requests.capabilities(), options.instructions(), null,
        Map.of());
  }

  // ------------------------------------------------------------ multi round-trip requests

  private JsonNode withInput(InboundRequest request, RequestFacts facts, ServerSession connection)
      throws Exception {
    JsonNode params = request.params();
    String method = request.method();
    String binding = RequestBinding.of(method, params);
    String caller = caller(request.context());
    Map<String, JsonNode> earlier = Map.of();
    JsonNode stateNode = params == null ? null : params.get("requestState");
    if (stateNode != null && !stateNode.isNull()) {
      if (!stateNode.isString()) {
        throw JsonRpcException.invalidParams("Invalid params: requestState must be a string");
      }
      earlier = features.stateCodec().open(stateNode.asString(), method, binding, caller)
          .answers();
    }
    InputExchange exchange = new InputExchange(earlier, inputResponses(params));
    StatelessRequestContext context =
        new StatelessRequestContext(request, facts, exchange, options.logging(), connection);
    try {
      McpResult result = requests.handle(method, request, context);
      if (result instanceof TaskHandle handle) {
        return requests.extensionTasks().created(handle.task());
      }
      return encode(result, facts,
          method.equals(ReadResourceRequest.METHOD) ? CacheableKind.RESOURCE_READ : null);
    } catch (InputRequiredSignal signal) {
      if (request.isCancelled()) {
        throw new RequestCancelledException("cancelled");
      }
      String state = features.stateCodec().seal(method, binding, caller, exchange.used());
      return inputRequired(signal.missing(), state);
    }
  }

  private static InputResponses inputResponses(@Nullable JsonNode params) {
    JsonNode node = params == null ? null : params.get("inputResponses");
    if (node == null || node.isNull()) {
      return InputResponses.NONE;
    }
    if (!node.isObject()) {
      throw JsonRpcException.invalidParams("Invalid params: inputResponses must be an object");
    }
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    node.properties().forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
    return new InputResponses(answers);
  }

  private JsonNode inputRequired(InputRequests missing, String state) {
    ObjectNode json = McpJson.object();
    json.put(ResultType.FIELD, ResultType.INPUT_REQUIRED);
    ObjectNode questions = json.putObject("inputRequests");
    for (Map.Entry<String, ServerRequest<?>> entry : missing.requests().entrySet()) {
      questions.set(entry.getKey(), InputRequests.encode(entry.getValue()));
    }
    json.put("requestState", state);
    json.set("_meta", McpJson.object().set(Meta.SERVER_INFO, serverInfo()));
    return json;
  }

  /** A digest of the authenticated caller, so a state only serves the caller it was issued to. */
  private static @Nullable String caller(TransportContext context) {
    return context.get(Principal.class).map(principal -> {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256")
            .digest(principal.getName().getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }).orElse(null);
  }

  // ------------------------------------------------------------ subscriptions/listen

  private JsonNode listen(InboundRequest request, RequestFacts facts)
      throws InterruptedException {
    SubscriptionsListenRequest listen = ServerConnection.decode(request,
        SubscriptionsListenRequest.class);
    List<String> taskIds = requests.extensionTasks().watchable(listen.notifications(),
        request, facts);
    ListenSubscription subscription =
        new ListenSubscription(request, honoured(listen.notifications(), taskIds));
    features.listen(subscription);
    List<TaskStore.Watch> watches = requests.extensionTasks().watch(taskIds, subscription);
    try {
      subscription.acknowledge();
      subscription.await();
    } finally {
      watches.forEach(TaskStore.Watch::close);
      features.unlisten(subscription);
    }
    if (!subscription.endedByServer()) {
      // The client cancelled (or went away): nothing more may be sent for this request.
      throw new RequestCancelledException("the client ended the subscription");
    }
    ObjectNode json = McpJson.object();
    json.put(ResultType.FIELD, ResultType.COMPLETE);
    json.set("_meta", McpJson.object().<ObjectNode>set(Meta.SERVER_INFO, serverInfo())
        .set(Meta.SUBSCRIPTION_ID, subscription.subscriptionId()));
    return json;
  }

  /** The part of {@code asked} this server will honour: kinds it can produce. */
  private SubscriptionFilter honoured(SubscriptionFilter asked, @Nullable List<String> taskIds) {
    boolean tools = options.toolsEnabled() && asked.wantsToolsListChanged();
    boolean prompts = options.promptsEnabled() && asked.wantsPromptsListChanged();
    boolean resources = options.resourcesEnabled() && asked.wantsResourcesListChanged();
    List<String> uris = options.resourcesEnabled() ? asked.subscribedUris() : List.of();
    return new SubscriptionFilter(tools ? true : null, prompts ? true : null,
        resources ? true : null, uris.isEmpty() ? null : uris, taskIds == null ? Map.of()
            : Map.of(ExtensionTasks.TASK_IDS, McpJson.toTree(taskIds)));
  }

  // ------------------------------------------------------------ results

  private static @Nullable CacheableKind cacheKind(String method) {
    return switch (method) {
      case ListToolsRequest.METHOD -> CacheableKind.TOOLS_LIST;
      case ListPromptsRequest.METHOD -> CacheableKind.PROMPTS_LIST;
      case ListResourcesRequest.METHOD -> CacheableKind.RESOURCES_LIST;
      case ListResourceTemplatesRequest.METHOD -> CacheableKind.RESOURCE_TEMPLATES_LIST;
      default -> null;
    };
  }

  /** The wire form of a complete result: adapted, typed, cache-hinted, signed by the server. */
  private JsonNode encode(McpResult result, RequestFacts facts, @Nullable CacheableKind kind) {
    ObjectNode json = McpJson.toObject(RevisionAdapter.result(result, facts.version()));
    json.put(ResultType.FIELD, ResultType.COMPLETE);
    if (kind != null && !json.has(CacheHint.TTL_FIELD)) {
      CacheHint hint = options.stateless().cacheHint(kind);
      json.put(CacheHint.TTL_FIELD, hint.ttlMillis());
      json.put(CacheHint.SCOPE_FIELD, hint.scope().id());
    }
    JsonNode meta = json.get("_meta");
    ObjectNode metaObject = meta instanceof ObjectNode object ? object : json.putObject("_meta");
    if (!metaObject.has(Meta.SERVER_INFO)) {
      metaObject.set(Meta.SERVER_INFO, serverInfo());
    }
    return json;
  }

  private JsonNode serverInfo() {
    return McpJson.toTree(RevisionAdapter.implementation(options.info(),
        ProtocolVersion.V2026_07_28));
  }
}
