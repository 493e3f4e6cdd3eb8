package io.jmcp.server.internal;

import io.jmcp.core.UriTemplate;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.prompts.PromptListChangedNotification;
import io.jmcp.schema.resources.ResourceListChangedNotification;
import io.jmcp.schema.resources.ResourceUpdatedNotification;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.ToolListChangedNotification;
import io.jmcp.server.ServerPrompt;
import io.jmcp.server.ServerResource;
import io.jmcp.server.ServerResourceTemplate;
import io.jmcp.server.ServerTool;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a server offers, shared by all its sessions, and the sessions themselves so that changes
 * reach every client that should hear of them.
 */
public final class Features {

  private final ServerOptions options;
  private final Registry<ToolEntry> tools = new Registry<>(ToolEntry::name);
  private final Registry<ServerResource> resources = new Registry<>(ServerResource::uri);
  private final Registry<ServerResourceTemplate> templates =
      new Registry<>(ServerResourceTemplate::uriTemplate);
  private final Registry<ServerPrompt> prompts = new Registry<>(ServerPrompt::name);
  private volatile List<TemplateEntry> templatesBySpecificity = List.of();
  private final Set<ServerConnection> sessions = ConcurrentHashMap.newKeySet();
  private final Set<ListenSubscription> listeners = ConcurrentHashMap.newKeySet();
  private final RequestStateCodec stateCodec;
  private final TaskRunner tasks;
  private final TaskRoutes taskRoutes = new TaskRoutes();

  public Features(ServerOptions options) {
    this.options = options;
    StatelessOptions stateless = options.stateless();
    this.stateCodec = new RequestStateCodec(stateless.stateKey(), stateless.stateTtl(),
        stateless.singleUseState(), Clock.systemUTC());
    this.tasks = new TaskRunner(options.tasks().store(), options.tasks().settings(),
        Clock.systemUTC());
  }

  /** Runs this server's tool tasks, of both designs. */
  public TaskRunner tasks() {
    return tasks;
  }

  /** Where the questions of 2025-11-25 tasks go. */
  TaskRoutes taskRoutes() {
    return taskRoutes;
  }

  /** Whether some tool may run as a task (then the 2025-11-25 tasks capability is declared). */
  boolean toolTasks() {
    return tools.list().stream()
        .anyMatch(entry -> entry.tool().taskSupport() != TaskSupport.FORBIDDEN);
  }

  /** Whether 2026-07-28 clients are offered the tasks extension. */
  boolean tasksExtension() {
    Boolean declared = options.tasks().extension();
    return declared != null ? declared : toolTasks();
  }

  /** Seals and opens the state of this server's multi round-trip requests. */
  RequestStateCodec stateCodec() {
    return stateCodec;
  }

  public ServerOptions options() {
    return options;
  }

  // ------------------------------------------------------------ tools

  public List<ToolEntry> tools() {
    return tools.list();
  }

  Optional<ToolEntry> tool(String name) {
    return tools.get(name);
  }

  public void addTool(ServerTool tool, boolean announce) {
    tools.put(ToolEntry.of(tool));
    if (announce) {
      broadcast(ToolListChangedNotification.of());
    }
  }

  public boolean removeTool(String name) {
    boolean removed = tools.remove(name) != null;
    if (removed) {
      broadcast(ToolListChangedNotification.of());
    }
    return removed;
  }

  // ------------------------------------------------------------ resources

  public List<ServerResource> resources() {
    return resources.list();
  }

  Optional<ServerResource> resource(String uri) {
    return resources.get(uri);
  }

  public void addResource(ServerResource resource, boolean announce) {
    resources.put(resource);
    if (announce) {
      broadcast(ResourceListChangedNotification.of());
    }
  }

  public boolean removeResource(String uri) {
    boolean removed = resources.remove(uri) != null;
    if (removed) {
      broadcast(ResourceListChangedNotification.of());
    }
    return removed;
  }

  public List<ServerResourceTemplate> templates() {
    return templates.list();
  }

  Optional<ServerResourceTemplate> template(String uriTemplate) {
    return templates.get(uriTemplate);
  }

  /** Templates most specific first, for matching a URI. */
  List<TemplateEntry> templatesBySpecificity() {
    return templatesBySpecificity;
  }

  public void addTemplate(ServerResourceTemplate template, boolean announce) {
    templates.put(template);
    reindexTemplates();
    if (announce) {
      broadcast(ResourceListChangedNotification.of());
    }
  }

  public boolean removeTemplate(String uriTemplate) {
    boolean removed = templates.remove(uriTemplate) != null;
    if (removed) {
      reindexTemplates();
      broadcast(ResourceListChangedNotification.of());
    }
    return removed;
  }

  private synchronized void reindexTemplates() {
    Comparator<TemplateEntry> order =
        Comparator.comparing(TemplateEntry::parsed, UriTemplate.bySpecificity());
    templatesBySpecificity = templates.list().stream()
        .map(t -> new TemplateEntry(t, UriTemplate.parse(t.uriTemplate())))
        .sorted(order).toList();
  }

  /** Tells subscribers that a resource changed. */
  public void resourceUpdated(String uri) {
    ResourceUpdatedNotification notification = ResourceUpdatedNotification.of(uri);
    for (ServerConnection session : sessions) {
      if (session.isOperational() && session.subscriptions().contains(uri)) {
        session.notify(notification);
      }
    }
    listeners.forEach(listener -> listener.offer(notification));
  }

  // ------------------------------------------------------------ prompts

  public List<ServerPrompt> prompts() {
    return prompts.list();
  }

  Optional<ServerPrompt> prompt(String name) {
    return prompts.get(name);
  }

  public void addPrompt(ServerPrompt prompt, boolean announce) {
    prompts.put(prompt);
    if (announce) {
      broadcast(PromptListChangedNotification.of());
    }
  }

  public boolean removePrompt(String name) {
    boolean removed = prompts.remove(name) != null;
    if (removed) {
      broadcast(PromptListChangedNotification.of());
    }
    return removed;
  }

  /** Whether completion/complete has anything to complete. */
  boolean completions() {
    return options.promptsEnabled() || options.resourcesEnabled();
  }

  // ------------------------------------------------------------ sessions

  public Set<ServerConnection> sessions() {
    return sessions;
  }

  void register(ServerConnection session) {
    sessions.add(session);
  }

  void unregister(ServerConnection session) {
    sessions.remove(session);
  }

  /** The URIs some session or listen stream is subscribed to. */
  public Set<String> subscribedResources() {
    Set<String> subscribed = new java.util.HashSet<>();
    for (ServerConnection session : sessions) {
      subscribed.addAll(session.subscriptions());
    }
    listeners.forEach(listener -> subscribed.addAll(listener.subscribedUris()));
    return subscribed;
  }

  void listen(ListenSubscription listener) {
    listeners.add(listener);
  }

  void unlisten(ListenSubscription listener) {
    listeners.remove(listener);
  }

  /**
   * Ends every listen stream gracefully (the server is closing) and waits, up to
   * {@code patience}, for their connections to have answered.
   */
  public void endListeners(java.time.Duration patience) {
    List<ListenSubscription> ending = List.copyOf(listeners);
    ending.forEach(ListenSubscription::end);
    long deadline = System.nanoTime() + patience.toNanos();
    for (ListenSubscription listener : ending) {
      listener.awaitAnswered(java.time.Duration.ofNanos(
          Math.max(0, deadline - System.nanoTime())));
    }
  }

  /** Sends a list-changed notice to every session in operation and every listen stream. */
  private void broadcast(ServerNotification notification) {
    for (ServerConnection session : sessions) {
      if (session.isInitialized()) {
        session.notify(notification);
      }
    }
    listeners.forEach(listener -> listener.offer(notification));
  }

  /** A template with its parsed form. */
  record TemplateEntry(ServerResourceTemplate template, UriTemplate parsed) {
  }
}
