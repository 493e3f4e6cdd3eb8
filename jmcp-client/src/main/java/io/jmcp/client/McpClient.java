package io.jmcp.client;

import io.jmcp.client.internal.ClientInbound;
import io.jmcp.client.internal.ClientOptions;
import io.jmcp.client.internal.CoreTaskPolling;
import io.jmcp.client.internal.EraNegotiation;
import io.jmcp.client.internal.ListenInterest;
import io.jmcp.client.internal.ListenStream;
import io.jmcp.client.internal.ResultCache;
import io.jmcp.client.internal.ServerCapabilityCheck;
import io.jmcp.client.internal.ServerFacts;
import io.jmcp.client.internal.StatelessCalls;
import io.jmcp.client.internal.StructuredContentCheck;
import io.jmcp.core.CallOptions;
import io.jmcp.core.McpCancellation;
import io.jmcp.core.McpChannel;
import io.jmcp.core.ParameterHeaders;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.ClientNotification;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.PaginatedRequest;
import io.jmcp.schema.PaginatedResult;
import io.jmcp.schema.PingRequest;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.completion.CompleteRequest;
import io.jmcp.schema.completion.Completion;
import io.jmcp.schema.completion.CompletionArgument;
import io.jmcp.schema.completion.CompletionContext;
import io.jmcp.schema.completion.CompletionReference;
import io.jmcp.schema.lifecycle.DiscoverRequest;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.SetLevelRequest;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.ListPromptsRequest;
import io.jmcp.schema.prompts.ListPromptsResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptListChangedNotification;
import io.jmcp.schema.resources.ListResourceTemplatesRequest;
import io.jmcp.schema.resources.ListResourceTemplatesResult;
import io.jmcp.schema.resources.ListResourcesRequest;
import io.jmcp.schema.resources.ListResourcesResult;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceListChangedNotification;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.resources.ResourceUpdatedNotification;
import io.jmcp.schema.resources.SubscribeRequest;
import io.jmcp.schema.resources.UnsubscribeRequest;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.subscriptions.SubscriptionFilter;
import io.jmcp.schema.tasks.CancelTaskRequest;
import io.jmcp.schema.tasks.GetTaskPayloadRequest;
import io.jmcp.schema.tasks.GetTaskPayloadResult;
import io.jmcp.schema.tasks.GetTaskRequest;
import io.jmcp.schema.tasks.ListTasksRequest;
import io.jmcp.schema.tasks.ListTasksResult;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskMetadata;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.ListToolsRequest;
import io.jmcp.schema.tools.ListToolsResult;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolListChangedNotification;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A connection to one MCP server, ready for use once {@link McpClientBuilder#connect} returns.
 *
 * <pre>{@code
 * try (McpClient client = McpClient.builder(Implementation.of("my-app", "1.0"))
 *     .connect(StdioClientTransport.builder("npx", "-y", "@modelcontextprotocol/server-everything")
 *         .build())) {
 *   for (Tool tool : client.listTools()) {
 *     System.out.println(tool.name());
 *   }
 *   CallToolResult sum = client.callTool("get-sum", Map.of("a", 1, "b", 2));
 * }
 * }</pre>
 *
 * <p>Every call blocks until the server answers; {@link #requestAsync} is the asynchronous form.
 * Interrupting a blocked caller cancels the request at the server.
 */
public final class McpClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(McpClient.class);

  /** The most pages the list-everything calls fetch before giving up on a runaway server. */
  private static final int MAX_PAGES = 10_000;

  private final ClientOptions options;
  private final JsonRpcPeer peer;
  private final McpChannel channel;
  private final ClientInbound inbound;
  private final StructuredContentCheck structuredContent = new StructuredContentCheck();
  private final ResultCache cache = new ResultCache(Clock.systemUTC());
  private final StatelessCalls stateless;
  private final ListenStream listen;
  private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
  /** The tools last listed that run only as tasks (2025-11-25). */
  private final Set<String> taskOnlyTools = ConcurrentHashMap.newKeySet();
  private volatile @Nullable ServerFacts server;
  private volatile ProtocolVersion version;
  private volatile @Nullable LoggingLevel logLevel;

  private McpClient(ClientOptions options, Transport transport) {
    this.options = options;
    ProtocolVersion first = options.modernVersion();
    this.version = first != null ? first : Objects.requireNonNull(options.legacyVersion());
    this.inbound = new ClientInbound(options, () -> version);
    this.peer = JsonRpcPeer.builder(transport)
        .name("client")
        .requestHandler(inbound::handle)
        .notificationHandler((notification, context) -> inbound.onNotification(notification,
            channel()))
        .cancellation(McpCancellation.INSTANCE)
        .batches(() -> version == ProtocolVersion.V2025_03_26)
        .defaultTimeout(options.requestTimeout())
        .build();
    this.channel = new McpChannel(peer);
    this.stateless = new StatelessCalls(options, channel, inbound, () -> version, () -> logLevel,
        cache);
    this.listen = new ListenStream(channel,
        () -> stateless.withEnvelope(CallOptions.DEFAULT, version), options.requestTimeout());
    inbound.observe(this::observe);
  }

  public static McpClientBuilder builder(Implementation info) {
    return new McpClientBuilder(info);
  }

  static McpClient connect(ClientOptions options, Transport transport) {
    McpClient client = new McpClient(options, transport);
    try {
      client.peer.start();
      client.server = new EraNegotiation(options, client.channel, client.stateless,
          negotiated -> client.version = negotiated).establish(transport.peerIdentity());
      client.relisten();
      return client;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private McpChannel channel() {
    return channel;
  }

  // ------------------------------------------------------------ session facts

  private ServerFacts handshake() {
    ServerFacts facts = server;
    if (facts == null) {
      throw new IllegalStateException("not connected");
    }
    return facts;
  }

  /**
   * The revision spoken with the server: negotiated by {@code initialize}, or (2026-07-28) chosen
   * from what {@code server/discover} listed.
   */
  public ProtocolVersion protocolVersion() {
    return version;
  }

  /** Whether the server is spoken to statelessly (2026-07-28 and later). */
  public boolean isStateless() {
    return !version.isLegacy();
  }

  /** The revisions the server said it speaks (2026-07-28), or the negotiated one. */
  public List<String> serverVersions() {
    return handshake().supportedVersions();
  }

  /** The server's self-reported name and version. */
  public Implementation serverInfo() {
    return handshake().serverInfo();
  }

  /** What the server declared it offers. */
  public ServerCapabilities serverCapabilities() {
    return handshake().capabilities();
  }

  /** The server's instructions for the model, if it gave any. */
  public @Nullable String instructions() {
    return handshake().instructions();
  }

  // ------------------------------------------------------------ generic calls

  /** Sends any client request and waits for its result. */
  public <R extends McpResult> R request(ClientRequest<R> request) {
    return request(request, CallOptions.DEFAULT);
  }

  /** Sends any client request with per-call options and waits for its result. */
  public <R extends McpResult> R request(ClientRequest<R> request, CallOptions callOptions) {
    if (!version.isLegacy()) {
      if (options.enforceServerCapabilities()) {
        ServerCapabilityCheck.require(request, serverCapabilities(), version);
      }
      return stateless(request, callOptions);
    }
    return JsonRpcPeer.await(request.method(), requestAsync(request, callOptions));
  }

  /** Sends any client request; the future completes with its result. */
  public <R extends McpResult> CompletableFuture<R> requestAsync(ClientRequest<R> request,
      CallOptions callOptions) {
    if (options.enforceServerCapabilities()) {
      ServerCapabilityCheck.require(request, serverCapabilities(), version);
    }
    if (version.isLegacy()) {
      return channel.send(request, callOptions, null, true);
    }
    CompletableFuture<R> result = new CompletableFuture<>();
    Thread worker = Thread.ofVirtual().name("jmcp-client-call").start(() -> {
      try {
        result.complete(stateless(request, callOptions));
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        worker.interrupt();
      }
    });
    return result;
  }

  /** A 2026-07-28 request: envelope, input rounds, cache; decoded into its result type. */
  private <R extends McpResult> R stateless(ClientRequest<R> request, CallOptions callOptions) {
    JsonNode raw = stateless.call(request.method(), McpJson.toObject(request), callOptions,
        true);
    try {
      return McpJson.fromTree(raw, request.resultType());
    } catch (IllegalArgumentException e) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Invalid " + request.method() + " result from the server: " + e.getMessage(), null, e);
    }
  }

  /**
   * Sends a request of any method (an extension's, say) with JSON params and waits for its raw
   * result. It travels like every other request: with the 2026-07-28 envelope and input rounds,
   * or on the legacy session; no capability check and no cache apply.
   */
  public JsonNode request(String method, @Nullable ObjectNode params, CallOptions callOptions) {
    ObjectNode body = params == null ? McpJson.object() : params.deepCopy();
    if (!version.isLegacy()) {
      return stateless.call(method, body, callOptions, false);
    }
    return JsonRpcPeer.await(method, channel.sendRaw(channel.peer().reserveId(), method, body,
        callOptions, null, true));
  }

  /** Sends a notification to the server. */
  public void notify(ClientNotification notification) {
    channel.notify(notification);
  }

  /**
   * Checks the server is alive: {@code ping}, or (2026-07-28, which has no ping) an uncached
   * {@code server/discover}.
   */
  public void ping() {
    if (version.isLegacy()) {
      request(PingRequest.of());
    } else {
      stateless.call(DiscoverRequest.METHOD, McpJson.toObject(DiscoverRequest.of()),
          CallOptions.DEFAULT, false);
    }
  }

  // ------------------------------------------------------------ tools

  /**
   * Every tool, across all pages. In 2026-07-28, a tool whose {@code x-mcp-header} annotations
   * break the spec's rules is left out (with a warning), as the spec requires of clients.
   */
  public List<Tool> listTools() {
    List<Tool> tools = usable(all(ListToolsRequest.first(), ListToolsResult::tools));
    remember(tools);
    return tools;
  }

  private void remember(List<Tool> tools) {
    structuredContent.remember(tools);
    for (Tool tool : tools) {
      boolean required = tool.execution() != null
          && tool.execution().taskSupport() == TaskSupport.REQUIRED;
      if (required) {
        taskOnlyTools.add(tool.name());
      } else {
        taskOnlyTools.remove(tool.name());
      }
    }
  }

  /** One page of tools (without tools whose header annotations are invalid, in 2026-07-28). */
  public ListToolsResult listTools(@Nullable String cursor) {
    ListToolsResult page = request(ListToolsRequest.first().withCursor(cursor));
    List<Tool> tools = usable(page.tools());
    remember(tools);
    return tools.size() == page.tools().size() ? page
        : new ListToolsResult(tools, page.nextCursor(), page.meta(), page.extra());
  }

  private List<Tool> usable(List<Tool> tools) {
    if (version.isLegacy()) {
      return tools;
    }
    List<Tool> usable = new ArrayList<>(tools.size());
    for (Tool tool : tools) {
      Optional<String> problem = ParameterHeaders.problem(tool.inputSchema());
      if (problem.isPresent()) {
        LOG.warn("Leaving out tool {}: {}", tool.name(), problem.get());
      } else {
        usable.add(tool);
      }
    }
    return usable;
  }

  /** Calls a tool with arguments given as a map (or any value Jackson turns into an object). */
  public CallToolResult callTool(String name, Map<String, ?> arguments) {
    return callTool(CallToolRequest.of(name, McpJson.toObject(arguments)), CallOptions.DEFAULT);
  }

  /** Calls a tool with arguments given as JSON. */
  public CallToolResult callTool(String name, @Nullable ObjectNode arguments) {
    return callTool(CallToolRequest.of(name, arguments), CallOptions.DEFAULT);
  }

  /**
   * Calls a tool. A tool failure is a result with {@code isError}, not an exception; a structured
   * result that does not match the tool's output schema (as last listed) is an exception.
   */
  public CallToolResult callTool(CallToolRequest call, CallOptions callOptions) {
    CallToolResult result;
    if (call.task() == null && offersCoreTasks() && taskOnlyTools.contains(call.name())) {
      result = callAsTask(call, callOptions);
    } else {
      try {
        result = request(call, callOptions);
      } catch (JsonRpcException e) {
        // A 2025-11-25 server refuses a tool that runs only as a task with -32601.
        if (!e.isFromPeer() || e.code() != ErrorCodes.METHOD_NOT_FOUND || call.task() != null
            || !offersCoreTasks()) {
          throw e;
        }
        result = callAsTask(call, callOptions);
      }
    }
    if (options.validateStructuredContent()) {
      structuredContent.check(call.name(), result);
    }
    return result;
  }

  /** The 2025-11-25 way to get a task-only tool's result: as a task, followed to its end. */
  private CallToolResult callAsTask(CallToolRequest call, CallOptions callOptions) {
    return new CoreTaskPolling(channel, callOptions).call(withTask(call, null));
  }

  private static CallToolRequest withTask(CallToolRequest call, @Nullable Duration ttl) {
    return new CallToolRequest(call.name(), call.arguments(),
        new TaskMetadata(ttl == null ? null : ttl.toMillis(), Map.of()), call.meta(),
        call.extra());
  }

  // ------------------------------------------------------------ tasks

  /**
   * Whether the server runs tool calls as 2025-11-25 tasks: it said so, and the revision spoken
   * has tasks (some servers declare them whatever the revision).
   */
  private boolean offersCoreTasks() {
    ServerCapabilities capabilities = serverCapabilities();
    return version.supports(ProtocolFeature.TASKS) && capabilities.tasks() != null
        && capabilities.tasks().requests() != null
        && capabilities.tasks().requests().path("tools").has("call");
  }

  private void requireCoreTasks(String what) {
    if (options.enforceServerCapabilities() && (!version.supports(ProtocolFeature.TASKS)
        || serverCapabilities().tasks() == null)) {
      throw JsonRpcException.methodNotFound("Method not found: " + what + " needs 2025-11-25 "
          + "tasks, which the server does not offer (in 2026-07-28 the server decides, and "
          + "callTool follows its tasks by itself)");
    }
  }

  /**
   * Calls a tool as a task (2025-11-25): the server answers at once with the task, which
   * {@link #getTask}, {@link #toolTaskResult} and {@link #cancelTask} then follow.
   *
   * @param ttl how long the server should keep the task; null for its default
   */
  public Task callToolAsTask(CallToolRequest call, @Nullable Duration ttl) {
    requireCoreTasks("tools/call as a task");
    return new CoreTaskPolling(channel, CallOptions.DEFAULT).start(withTask(call, ttl));
  }

  /**
   * The state of a task: {@code tasks/get} of 2025-11-25, or of the 2026-07-28 extension (then
   * {@code ttl} and {@code pollInterval} carry its {@code ttlMs} and {@code pollIntervalMs}).
   */
  public Task getTask(String taskId) {
    if (version.isLegacy()) {
      requireCoreTasks(GetTaskRequest.METHOD);
      return request(new GetTaskRequest(taskId, null, Map.of())).task();
    }
    JsonNode detailed = stateless.call(TasksExtension.GET, McpJson.object().put("taskId", taskId),
        CallOptions.DEFAULT, false);
    return new Task(detailed.path("taskId").asString(taskId),
        TaskStatus.fromJson(detailed.path("status").asString("")),
        detailed.path("statusMessage").isString() ? detailed.get("statusMessage").asString()
            : null,
        detailed.path("createdAt").asString(""), detailed.path("lastUpdatedAt").asString(""),
        detailed.path("ttlMs").isNumber() ? detailed.get("ttlMs").asLong() : null,
        detailed.path("pollIntervalMs").isNumber() ? detailed.get("pollIntervalMs").asLong()
            : null, Map.of());
  }

  /**
   * What a tool call run as a task answered (2025-11-25 {@code tasks/result}): waits for the
   * task's end (up to the request timeout); the server's questions meanwhile reach the client's
   * handlers. A task that ended with a protocol error throws it.
   */
  public CallToolResult toolTaskResult(String taskId) {
    requireCoreTasks(GetTaskPayloadRequest.METHOD);
    GetTaskPayloadResult payload = request(new GetTaskPayloadRequest(taskId, null, Map.of()));
    return McpJson.fromTree(McpJson.toObject(payload), CallToolResult.class);
  }

  /** Every task the server lists for this client (2025-11-25), across all pages. */
  public List<Task> listTasks() {
    requireCoreTasks(ListTasksRequest.METHOD);
    return all(new ListTasksRequest(null, null, Map.of()), ListTasksResult::tasks);
  }

  /** One page of tasks (2025-11-25). */
  public ListTasksResult listTasks(@Nullable String cursor) {
    requireCoreTasks(ListTasksRequest.METHOD);
    return request(new ListTasksRequest(cursor, null, Map.of()));
  }

  /**
   * Cancels a task and returns its state after: {@code cancelled} in 2025-11-25 (a task that
   * had ended is refused with -32602); in 2026-07-28 cancelling is a request the server honours
   * when it can, so the task may still be running, or have ended otherwise.
   */
  public Task cancelTask(String taskId) {
    if (version.isLegacy()) {
      requireCoreTasks(CancelTaskRequest.METHOD);
      return request(new CancelTaskRequest(taskId, null, Map.of())).task();
    }
    stateless.call(TasksExtension.CANCEL, McpJson.object().put("taskId", taskId),
        CallOptions.DEFAULT, false);
    return getTask(taskId);
  }

  // ------------------------------------------------------------ resources

  /** Every resource, across all pages. */
  public List<Resource> listResources() {
    return all(ListResourcesRequest.first(), ListResourcesResult::resources);
  }

  /** One page of resources. */
  public ListResourcesResult listResources(@Nullable String cursor) {
    return request(ListResourcesRequest.first().withCursor(cursor));
  }

  /** Every resource template, across all pages. */
  public List<ResourceTemplate> listResourceTemplates() {
    return all(ListResourceTemplatesRequest.first(),
        ListResourceTemplatesResult::resourceTemplates);
  }

  /** One page of resource templates. */
  public ListResourceTemplatesResult listResourceTemplates(@Nullable String cursor) {
    return request(ListResourceTemplatesRequest.first().withCursor(cursor));
  }

  public ReadResourceResult readResource(String uri) {
    return request(ReadResourceRequest.of(uri));
  }

  /**
   * Asks for {@code notifications/resources/updated} when the resource changes: a
   * {@code resources/subscribe} request, or (2026-07-28) the URI added to the client's listen
   * stream.
   */
  public void subscribe(String uri) {
    if (version.isLegacy()) {
      request(new SubscribeRequest(uri, null, Map.of()));
      return;
    }
    ServerCapabilities capabilities = serverCapabilities();
    if (options.enforceServerCapabilities() && (capabilities.resources() == null
        || !Boolean.TRUE.equals(capabilities.resources().subscribe()))) {
      throw JsonRpcException.methodNotFound("Method not found: the server does not offer "
          + "resource subscriptions (it did not declare 'resources.subscribe')");
    }
    subscriptions.add(uri);
    relisten();
  }

  public void unsubscribe(String uri) {
    if (version.isLegacy()) {
      request(new UnsubscribeRequest(uri, null, Map.of()));
      return;
    }
    subscriptions.remove(uri);
    relisten();
  }

  // ------------------------------------------------------------ prompts

  /** Every prompt, across all pages. */
  public List<Prompt> listPrompts() {
    return all(ListPromptsRequest.first(), ListPromptsResult::prompts);
  }

  /** One page of prompts. */
  public ListPromptsResult listPrompts(@Nullable String cursor) {
    return request(ListPromptsRequest.first().withCursor(cursor));
  }

  public GetPromptResult getPrompt(String name, Map<String, String> arguments) {
    return request(GetPromptRequest.of(name, arguments));
  }

  // ------------------------------------------------------------ completion and logging

  /** Completion values for an argument of a prompt or a variable of a resource template. */
  public Completion complete(CompletionReference ref, String argument, String value,
      Map<String, String> context) {
    CompletionContext completionContext =
        context.isEmpty() ? null : new CompletionContext(context, Map.of());
    return request(new CompleteRequest(ref, new CompletionArgument(argument, value),
        completionContext, null, Map.of())).completion();
  }

  /**
   * Asks the server to send log messages at {@code level} and above only: {@code
   * logging/setLevel}, or (2026-07-28) the level sent with every request from now on.
   */
  public void setLogLevel(LoggingLevel level) {
    if (version.isLegacy()) {
      request(new SetLevelRequest(level, null, Map.of()));
    } else {
      this.logLevel = level;
    }
  }

  // ------------------------------------------------------------ roots

  /**
   * Replaces the roots offered to the server and tells it they changed (2026-07-28 has no such
   * notice: the server asks for the roots each time it needs them).
   */
  public void setRoots(List<Root> roots) {
    inbound.setRoots(roots, version.isLegacy() ? channel : null);
  }

  // ------------------------------------------------------------ lifecycle

  /** Completes when the connection closes, with the cause if it broke. */
  public CompletableFuture<@Nullable Throwable> closed() {
    return peer.closed();
  }

  /** Whether the connection is closed. */
  public boolean isClosed() {
    return peer.isClosed();
  }

  /** Closes the connection (for stdio: ends the server process as the spec describes). */
  @Override
  public void close() {
    listen.close();
    peer.close();
    inbound.close();
    cache.clear();
  }

  // ------------------------------------------------------------ 2026-07-28 bookkeeping

  /**
   * Opens, changes or closes the listen stream so that it carries what the client's listeners
   * and subscriptions want, limited to what the server offers.
   */
  private void relisten() {
    if (version.isLegacy()) {
      return;
    }
    ServerCapabilities capabilities = serverCapabilities();
    ListenInterest interest = options.listens();
    boolean tools = interest.tools() && capabilities.tools() != null
        && Boolean.TRUE.equals(capabilities.tools().listChanged());
    boolean prompts = interest.prompts() && capabilities.prompts() != null
        && Boolean.TRUE.equals(capabilities.prompts().listChanged());
    boolean resources = interest.resources() && capabilities.resources() != null
        && Boolean.TRUE.equals(capabilities.resources().listChanged());
    List<String> uris = List.copyOf(subscriptions);
    listen.listen(new SubscriptionFilter(tools ? true : null, prompts ? true : null,
        resources ? true : null, uris.isEmpty() ? null : uris, Map.of()));
  }

  /** Sees notifications first: listen acknowledgements, and changes that make cache stale. */
  private boolean observe(JsonRpcNotification notification) {
    if (!listen.onNotification(notification)) {
      return false;
    }
    switch (notification.method()) {
      case ToolListChangedNotification.METHOD -> cache.invalidate(ListToolsRequest.METHOD);
      case PromptListChangedNotification.METHOD -> cache.invalidate(ListPromptsRequest.METHOD);
      case ResourceListChangedNotification.METHOD -> {
        cache.invalidate(ListResourcesRequest.METHOD);
        cache.invalidate(ListResourceTemplatesRequest.METHOD);
      }
      case ResourceUpdatedNotification.METHOD -> {
        JsonNode uri = notification.params() == null ? null : notification.params().get("uri");
        if (uri != null && uri.isString()) {
          cache.invalidateRead(uri.asString());
        }
      }
      default -> {
      }
    }
    return true;
  }

  private <R extends PaginatedResult, T> List<T> all(PaginatedRequest<R> first,
      Function<R, List<T>> items) {
    List<T> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    PaginatedRequest<R> page = first;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      R result = request(page);
      all.addAll(items.apply(result));
      String next = result.nextCursor();
      if (next == null) {
        return all;
      }
      if (!seen.add(next)) {
        throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
            "The server repeated cursor " + next + " while paging " + first.method());
      }
      page = page.withCursor(next);
    }
    throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
        "More than " + MAX_PAGES + " pages from " + first.method());
  }
}
