package io.jmcp.client;

import io.jmcp.client.internal.ClientOptions;
import io.jmcp.client.internal.ClientTasks;
import io.jmcp.client.internal.ListenInterest;
import io.jmcp.core.tasks.InMemoryTaskStore;
import io.jmcp.core.tasks.TaskStore;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.roots.Root;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Configures an {@link McpClient}. The capabilities the client declares follow from what is
 * configured: roots when roots are given, sampling with a sampling handler, elicitation with an
 * elicitation handler.
 */
public final class McpClientBuilder {

  private final Implementation info;
  private @Nullable ProtocolVersion protocolVersion;
  private List<ProtocolVersion> acceptedVersions = List.of(ProtocolVersion.values());
  private @Nullable List<Root> roots;
  private @Nullable SamplingHandler sampling;
  private boolean samplingTools;
  private @Nullable ElicitationHandler elicitation;
  private boolean elicitationForm = true;
  private boolean elicitationUrl;
  private boolean applyElicitationDefaults = true;
  private boolean enforceServerCapabilities = true;
  private boolean validateStructuredContent = true;
  private Duration requestTimeout = Duration.ofSeconds(60);
  private Duration initializeTimeout = Duration.ofSeconds(30);
  private Duration probeTimeout = Duration.ofSeconds(5);
  private boolean cacheResults = true;
  private boolean listensToTools;
  private boolean listensToPrompts;
  private boolean listensToResources;
  private final Map<String, JsonNode> experimental = new LinkedHashMap<>();
  private Consumer<LoggingMessageNotification> onLog = message -> {
  };
  private Runnable onToolsChanged = () -> {
  };
  private Runnable onResourcesChanged = () -> {
  };
  private Runnable onPromptsChanged = () -> {
  };
  private Consumer<String> onResourceUpdated = uri -> {
  };
  private Consumer<String> onElicitationComplete = id -> {
  };
  private final List<Consumer<JsonRpcNotification>> onNotification = new ArrayList<>();
  private boolean tasksExtension = true;
  private @Nullable TaskStore taskStore;

  McpClientBuilder(Implementation info) {
    this.info = Objects.requireNonNull(info, "info");
  }

  /**
   * The one revision to speak. A handshake revision makes the client send {@code initialize}
   * asking for it; 2026-07-28 makes it speak only the stateless protocol. Without it the client
   * finds out what the server speaks: it asks {@code server/discover} with the newest revision,
   * and falls back to {@code initialize} when the server does not understand (the spec's era
   * detection), remembering the answer for the next connection to the same server.
   */
  public McpClientBuilder protocolVersion(ProtocolVersion version) {
    this.protocolVersion = Objects.requireNonNull(version);
    return this;
  }

  /** The revisions the client accepts from the server; the connection fails on any other. */
  public McpClientBuilder acceptedVersions(ProtocolVersion... versions) {
    this.acceptedVersions = Arrays.stream(versions).sorted().distinct().toList();
    return this;
  }

  /** Declares roots and offers these; change them later with {@link McpClient#setRoots}. */
  public McpClientBuilder roots(List<Root> value) {
    this.roots = List.copyOf(value);
    return this;
  }

  /** Declares sampling and answers it with {@code handler}. */
  public McpClientBuilder sampling(SamplingHandler handler) {
    this.sampling = Objects.requireNonNull(handler);
    return this;
  }

  /** Also declares {@code sampling.tools}: the handler can run tool-use conversations. */
  public McpClientBuilder samplingWithTools(SamplingHandler handler) {
    this.samplingTools = true;
    return sampling(handler);
  }

  /** Declares elicitation (form mode) and answers it with {@code handler}. */
  public McpClientBuilder elicitation(ElicitationHandler handler) {
    this.elicitation = Objects.requireNonNull(handler);
    return this;
  }

  /** Which elicitation modes to declare (2025-11-25+); form only by default. */
  public McpClientBuilder elicitationModes(boolean form, boolean url) {
    if (!form && !url) {
      throw new IllegalArgumentException("at least one elicitation mode");
    }
    this.elicitationForm = form;
    this.elicitationUrl = url;
    return this;
  }

  /** Whether to fill fields left out of an accepted form from the schema's defaults (default on). */
  public McpClientBuilder applyElicitationDefaults(boolean value) {
    this.applyElicitationDefaults = value;
    return this;
  }

  /**
   * Whether calls to features the server did not declare fail at once with -32601 instead of
   * being sent (default on).
   */
  public McpClientBuilder enforceServerCapabilities(boolean value) {
    this.enforceServerCapabilities = value;
    return this;
  }

  /** Whether to check structured tool results against the tool's output schema (default on). */
  public McpClientBuilder validateStructuredContent(boolean value) {
    this.validateStructuredContent = value;
    return this;
  }

  /** The default timeout of a request (60 s); progress restarts it unless a call says otherwise. */
  public McpClientBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = Objects.requireNonNull(timeout);
    return this;
  }

  /** How long to wait for the answer to {@code initialize} (30 s). */
  public McpClientBuilder initializeTimeout(Duration timeout) {
    this.initializeTimeout = Objects.requireNonNull(timeout);
    return this;
  }

  /**
   * How long the era probe ({@code server/discover}) may go unanswered before the server is
   * taken to speak only the handshake revisions (5 s; some legacy servers never answer an unknown
   * method).
   */
  public McpClientBuilder probeTimeout(Duration timeout) {
    this.probeTimeout = Objects.requireNonNull(timeout);
    return this;
  }

  /**
   * Whether 2026-07-28 results the server marks cacheable ({@code ttlMs}) are reused while fresh
   * (default on). Change notifications the client listens to drop stale entries at once.
   */
  public McpClientBuilder cacheResults(boolean value) {
    this.cacheResults = value;
    return this;
  }

  /** A non-standard capability, declared under {@code experimental}. */
  public McpClientBuilder experimental(String name, JsonNode settings) {
    experimental.put(name, settings);
    return this;
  }

  /** Receives the server's log messages. */
  public McpClientBuilder onLog(Consumer<LoggingMessageNotification> listener) {
    this.onLog = Objects.requireNonNull(listener);
    return this;
  }

  /**
   * Hears when the server's tools change. (In 2026-07-28 the client opens a listen stream for the
   * changes it has listeners for.)
   */
  public McpClientBuilder onToolsChanged(Runnable listener) {
    this.onToolsChanged = Objects.requireNonNull(listener);
    this.listensToTools = true;
    return this;
  }

  public McpClientBuilder onResourcesChanged(Runnable listener) {
    this.onResourcesChanged = Objects.requireNonNull(listener);
    this.listensToResources = true;
    return this;
  }

  public McpClientBuilder onPromptsChanged(Runnable listener) {
    this.onPromptsChanged = Objects.requireNonNull(listener);
    this.listensToPrompts = true;
    return this;
  }

  /** Receives the URI of each subscribed resource the server says has changed. */
  public McpClientBuilder onResourceUpdated(Consumer<String> listener) {
    this.onResourceUpdated = Objects.requireNonNull(listener);
    return this;
  }

  /** Receives the id of each URL elicitation the server says has completed (2025-11-25). */
  public McpClientBuilder onElicitationComplete(Consumer<String> listener) {
    this.onElicitationComplete = Objects.requireNonNull(listener);
    return this;
  }

  /** Receives every notification from the server, after the specific listeners. */
  public McpClientBuilder onNotification(Consumer<JsonRpcNotification> listener) {
    this.onNotification.add(Objects.requireNonNull(listener));
    return this;
  }

  /**
   * Whether 2026-07-28 requests declare the tasks extension ({@code io.modelcontextprotocol/tasks};
   * on by default). With it, a server may answer a tool call with a task; the client then follows
   * the task (polling, answering its questions with the handlers, cancelling it when the caller
   * is interrupted) and returns the call's result as if it had come at once.
   */
  public McpClientBuilder tasksExtension(boolean declare) {
    this.tasksExtension = declare;
    return this;
  }

  /**
   * Lets 2025-11-25 servers run this client's sampling and elicitation as tasks (declared as
   * {@code tasks.requests.sampling.createMessage} / {@code elicitation.create}, for the handlers
   * the client has), kept in {@code store}. Off by default.
   */
  public McpClientBuilder receiveTasks(TaskStore store) {
    this.taskStore = Objects.requireNonNull(store);
    return this;
  }

  /** {@link #receiveTasks(TaskStore)} with tasks kept in memory. */
  public McpClientBuilder receiveTasks() {
    return receiveTasks(new InMemoryTaskStore());
  }

  /**
   * Connects over {@code transport}: starts it, finds the protocol era (or uses the one given),
   * runs {@code server/discover} or the {@code initialize} handshake, and returns the ready
   * client.
   *
   * @throws io.jmcp.jsonrpc.JsonRpcException if that fails (the transport is closed then)
   */
  public McpClient connect(Transport transport) {
    ClientOptions options = new ClientOptions(info, protocolVersion, acceptedVersions, roots,
        sampling, samplingTools, elicitation, elicitationForm, elicitationUrl,
        applyElicitationDefaults, enforceServerCapabilities, validateStructuredContent,
        requestTimeout, initializeTimeout, probeTimeout, cacheResults,
        new ListenInterest(listensToTools, listensToPrompts, listensToResources),
        Map.copyOf(experimental), onLog, onToolsChanged,
        onResourcesChanged, onPromptsChanged, onResourceUpdated, onElicitationComplete,
        List.copyOf(onNotification), new ClientTasks(tasksExtension, taskStore));
    return McpClient.connect(options, transport);
  }
}
