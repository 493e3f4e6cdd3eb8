package io.jmcp.server;

import io.jmcp.core.jsonschema.ArgumentBinder;
import io.jmcp.core.jsonschema.StructuredOutput;
import io.jmcp.core.tasks.InMemoryTaskStore;
import io.jmcp.core.tasks.TaskSettings;
import io.jmcp.core.tasks.TaskStore;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.schema.CacheHint;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.internal.ExtensionMethods;
import io.jmcp.server.internal.ExtensionOptions;
import io.jmcp.server.internal.ServerOptions;
import io.jmcp.server.internal.StatelessOptions;
import io.jmcp.server.internal.TaskOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Configures an {@link McpServer}: its identity, features and limits. */
public final class McpServerBuilder {

  final Implementation info;
  @Nullable String instructions;
  List<ProtocolVersion> versions = List.of(ProtocolVersion.values());
  final List<ServerTool> tools = new ArrayList<>();
  final List<ServerResource> resources = new ArrayList<>();
  final List<ServerResourceTemplate> templates = new ArrayList<>();
  final List<ServerPrompt> prompts = new ArrayList<>();
  boolean toolsEnabled;
  boolean resourcesEnabled;
  boolean promptsEnabled;
  boolean logging = true;
  final Map<String, JsonNode> experimental = new LinkedHashMap<>();
  final Map<String, JsonNode> extensions = new LinkedHashMap<>();
  final Map<String, MethodHandler> methods = new LinkedHashMap<>();
  int pageSize = 100;
  Duration clientRequestTimeout = Duration.ofMinutes(5);
  int maxConcurrentRequests = 64;
  JsonRpcLimits limits = JsonRpcLimits.DEFAULT;
  Consumer<ServerSession> onInitialized = session -> {
  };
  Consumer<ServerSession> onRootsChanged = session -> {
  };
  Consumer<RequestContext> beforeListingResources = context -> {
  };
  final Map<CacheableKind, CacheHint> cacheHints = new EnumMap<>(CacheableKind.class);
  byte @Nullable [] requestStateKey;
  Duration requestStateTtl = Duration.ofMinutes(15);
  boolean singleUseRequestState;
  @Nullable TaskStore taskStore;
  TaskSettings taskSettings = TaskSettings.DEFAULT;
  @Nullable Boolean tasksExtension;

  McpServerBuilder(Implementation info) {
    this.info = Objects.requireNonNull(info, "info");
  }

  /** Tells the model how to use this server; sent in the initialize result. */
  public McpServerBuilder instructions(@Nullable String text) {
    this.instructions = text;
    return this;
  }

  /**
   * The revisions this server agrees to speak; by default every revision jmcp knows, so that
   * legacy clients (with {@code initialize}) and 2026-07-28 clients (stateless) are both served.
   */
  public McpServerBuilder protocolVersions(ProtocolVersion... supported) {
    if (supported.length == 0) {
      throw new IllegalArgumentException("at least one protocol version");
    }
    this.versions = Arrays.stream(supported).sorted().distinct().toList();
    return this;
  }

  public McpServerBuilder tool(ServerTool tool) {
    tools.add(Objects.requireNonNull(tool));
    toolsEnabled = true;
    return this;
  }

  /** A tool with a hand-written definition; its input schema is used exactly as given. */
  public McpServerBuilder tool(Tool tool, ToolHandler handler) {
    return tool(new ServerTool(tool, handler));
  }

  /**
   * A tool whose arguments bind to {@code argumentsType}: the input schema is generated from the
   * type, and arguments are validated and bound before {@code handler} runs.
   */
  public <A> McpServerBuilder tool(String name, @Nullable String description,
      Class<A> argumentsType, TypedToolHandler<A> handler) {
    return tool(typedTool(name, description, argumentsType, handler));
  }

  /**
   * A tool with typed arguments and a typed, structured result: both schemas are generated, and
   * the result is sent as {@code structuredContent} plus its JSON text.
   */
  public <A, R> McpServerBuilder structuredTool(String name, @Nullable String description,
      Class<A> argumentsType, Class<R> resultType, StructuredToolHandler<A, R> handler) {
    return tool(structuredToolOf(name, description, argumentsType, resultType, handler));
  }

  /** The {@link ServerTool} {@link #tool(String, String, Class, TypedToolHandler)} registers. */
  public static <A> ServerTool typedTool(String name, @Nullable String description,
      Class<A> argumentsType, TypedToolHandler<A> handler) {
    ArgumentBinder<A> binder = ArgumentBinder.of(argumentsType);
    Tool tool = Tool.builder(name).description(description).inputSchema(binder.inputSchema())
        .build();
    return new ServerTool(tool, bound(binder, handler));
  }

  /** The {@link ServerTool} {@link #structuredTool} registers. */
  public static <A, R> ServerTool structuredToolOf(String name, @Nullable String description,
      Class<A> argumentsType, Class<R> resultType, StructuredToolHandler<A, R> handler) {
    ArgumentBinder<A> binder = ArgumentBinder.of(argumentsType);
    StructuredOutput<R> output = StructuredOutput.of(resultType);
    Tool tool = Tool.builder(name).description(description).inputSchema(binder.inputSchema())
        .outputSchema(output.outputSchema()).build();
    return new ServerTool(tool, bound(binder, (arguments, context) ->
        CallToolResult.structured(output.toJson(handler.call(arguments, context)))));
  }

  /**
   * Binds arguments before {@code handler} runs; arguments that do not bind are a tool error the
   * model can correct (2025-11-25), not a protocol error.
   */
  private static <A> ToolHandler bound(ArgumentBinder<A> binder, TypedToolHandler<A> handler) {
    return (arguments, context) -> {
      A bound;
      try {
        bound = binder.bind(arguments);
      } catch (JsonRpcException invalid) {
        return CallToolResult.error(invalid.getMessage());
      }
      return handler.call(bound, context);
    };
  }

  public McpServerBuilder resource(ServerResource resource) {
    resources.add(Objects.requireNonNull(resource));
    resourcesEnabled = true;
    return this;
  }

  public McpServerBuilder resource(Resource resource, ResourceReader reader) {
    return resource(new ServerResource(resource, reader));
  }

  public McpServerBuilder resourceTemplate(ServerResourceTemplate template) {
    templates.add(Objects.requireNonNull(template));
    resourcesEnabled = true;
    return this;
  }

  public McpServerBuilder resourceTemplate(ResourceTemplate template,
      ResourceTemplateReader reader) {
    return resourceTemplate(new ServerResourceTemplate(template, reader));
  }

  public McpServerBuilder prompt(ServerPrompt prompt) {
    prompts.add(Objects.requireNonNull(prompt));
    promptsEnabled = true;
    return this;
  }

  public McpServerBuilder prompt(Prompt prompt, PromptHandler handler) {
    return prompt(new ServerPrompt(prompt, handler));
  }

  /** Declares the tools capability even with no tool yet, for tools added later. */
  public McpServerBuilder enableTools() {
    toolsEnabled = true;
    return this;
  }

  /** Declares the resources capability even with no resource yet. */
  public McpServerBuilder enableResources() {
    resourcesEnabled = true;
    return this;
  }

  /** Declares the prompts capability even with no prompt yet. */
  public McpServerBuilder enablePrompts() {
    promptsEnabled = true;
    return this;
  }

  /** Whether to declare (and send) log messages; on by default. */
  public McpServerBuilder logging(boolean enabled) {
    this.logging = enabled;
    return this;
  }

  /** A non-standard capability, declared under {@code experimental}. */
  public McpServerBuilder experimental(String name, JsonNode settings) {
    experimental.put(name, settings);
    return this;
  }

  /**
   * Declares an extension (2026-07-28: under {@code capabilities.extensions} of
   * {@code server/discover}), e.g. {@code io.modelcontextprotocol/skills}. Its methods are added
   * with {@link #method}.
   */
  public McpServerBuilder extension(String id, JsonNode settings) {
    if (!id.contains("/")) {
      throw new IllegalArgumentException("an extension id is a reverse-domain prefix, a slash "
          + "and a name (like io.modelcontextprotocol/skills): " + id);
    }
    extensions.put(id, settings.deepCopy());
    return this;
  }

  /**
   * Answers requests of {@code name}, a method the protocol does not define (an extension's),
   * with {@code handler}. The protocol's own methods cannot be replaced.
   */
  public McpServerBuilder method(String name, MethodHandler handler) {
    if (ExtensionMethods.isProtocolMethod(name)) {
      throw new IllegalArgumentException(name + " is a protocol method; the server answers it");
    }
    if (methods.putIfAbsent(name, Objects.requireNonNull(handler)) != null) {
      throw new IllegalArgumentException("method " + name + " already has a handler");
    }
    return this;
  }

  /** How many items one page of a list holds (default 100). */
  public McpServerBuilder pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1");
    }
    this.pageSize = size;
    return this;
  }

  /** How long to wait for the client to answer elicitation, sampling and roots (default 5 min). */
  public McpServerBuilder clientRequestTimeout(Duration timeout) {
    this.clientRequestTimeout = Objects.requireNonNull(timeout);
    return this;
  }

  /** How many requests of one session run at once (default 64); more wait their turn. */
  public McpServerBuilder maxConcurrentRequests(int value) {
    this.maxConcurrentRequests = value;
    return this;
  }

  /** Limits on inbound messages. */
  public McpServerBuilder limits(JsonRpcLimits value) {
    this.limits = Objects.requireNonNull(value);
    return this;
  }

  /** Called once a client has completed {@code initialize}. */
  public McpServerBuilder onInitialized(Consumer<ServerSession> listener) {
    this.onInitialized = Objects.requireNonNull(listener);
    return this;
  }

  /** Called when a client says its roots changed. */
  public McpServerBuilder onRootsChanged(Consumer<ServerSession> listener) {
    this.onRootsChanged = Objects.requireNonNull(listener);
    return this;
  }

  /**
   * How long a 2026-07-28 client may cache results of {@code kind}, and who may share them. By
   * default nothing is cacheable (a ttl of zero, private).
   */
  public McpServerBuilder cacheHint(CacheableKind kind, CacheHint hint) {
    cacheHints.put(Objects.requireNonNull(kind), Objects.requireNonNull(hint));
    return this;
  }

  /** The same cache hint for every cacheable result. */
  public McpServerBuilder cacheHint(CacheHint hint) {
    for (CacheableKind kind : CacheableKind.values()) {
      cacheHint(kind, hint);
    }
    return this;
  }

  /**
   * The key (32 bytes or more) that protects the state of 2026-07-28 multi round-trip requests.
   * By default each server makes a random one; servers behind one load balancer must share a
   * key, so that any of them accepts the state another issued.
   */
  public McpServerBuilder requestStateKey(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a request state key needs at least 32 bytes");
    }
    this.requestStateKey = key.clone();
    return this;
  }

  /** How long the state of a multi round-trip request stays valid; 15 minutes by default. */
  public McpServerBuilder requestStateTtl(Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the request state ttl must be positive");
    }
    this.requestStateTtl = ttl;
    return this;
  }

  /**
   * Whether each multi round-trip request state is accepted only once (remembered until it
   * expires, in this server's memory). Off by default: a client may then repeat a retry that got
   * lost on the way.
   */
  public McpServerBuilder singleUseRequestState(boolean value) {
    this.singleUseRequestState = value;
    return this;
  }

  /**
   * Runs before the first page of every {@code resources/list}: brings resources that mirror
   * something outside (a database's tables, a directory) up to date, so that every client, in
   * either era, lists what there is now. Changes it makes reach listeners as usual.
   */
  public McpServerBuilder beforeListingResources(Consumer<RequestContext> refresher) {
    this.beforeListingResources = Objects.requireNonNull(refresher);
    return this;
  }

  // ------------------------------------------------------------ tasks

  /**
   * Where tool tasks are kept: by default in this server's memory ({@link InMemoryTaskStore}); a
   * shared store lets several servers behind one load balancer answer for each other's tasks.
   */
  public McpServerBuilder taskStore(TaskStore store) {
    this.taskStore = Objects.requireNonNull(store);
    return this;
  }

  /**
   * How long tasks are kept after their creation: {@code defaultTtl} unless the client asks for
   * less (2025-11-25), never more than {@code maxTtl}. One hour and one day by default.
   */
  public McpServerBuilder taskTtl(Duration defaultTtl, Duration maxTtl) {
    this.taskSettings = taskSettings.withTtl(defaultTtl, maxTtl);
    return this;
  }

  /** How often clients are advised to poll a task (one second by default). */
  public McpServerBuilder taskPollInterval(Duration interval) {
    this.taskSettings = taskSettings.withPollInterval(Objects.requireNonNull(interval));
    return this;
  }

  /**
   * Whether {@code server/discover} (2026-07-28) declares the tasks extension
   * ({@code io.modelcontextprotocol/tasks}). By default it does exactly when some tool supports
   * tasks; without it, tools that support tasks run directly for 2026-07-28 clients (and those
   * that require them are refused).
   */
  public McpServerBuilder tasksExtension(boolean declare) {
    this.tasksExtension = declare;
    return this;
  }

  public McpServer build() {
    StatelessOptions stateless = new StatelessOptions(cacheHints,
        requestStateKey != null ? requestStateKey : StatelessOptions.randomKey(), requestStateTtl,
        singleUseRequestState);
    ServerOptions options = new ServerOptions(info, instructions, versions, toolsEnabled,
        resourcesEnabled, promptsEnabled, logging, Map.copyOf(experimental), pageSize,
        clientRequestTimeout, maxConcurrentRequests, limits, onInitialized, onRootsChanged,
        stateless, beforeListingResources, new ExtensionOptions(extensions, methods),
        new TaskOptions(taskStore != null ? taskStore : new InMemoryTaskStore(), taskSettings,
            tasksExtension));
    return new McpServer(options, tools, resources, templates, prompts);
  }
}
