package io.jmcp.server;

import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.server.internal.Features;
import io.jmcp.server.internal.ServerConnection;
import io.jmcp.server.internal.ServerOptions;
import io.jmcp.server.internal.ToolEntry;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * An MCP server: a set of tools, resources, prompts and completions, served to any number of
 * clients, each over its own transport.
 *
 * <pre>{@code
 * McpServer server = McpServer.builder(Implementation.of("weather", "1.0.0"))
 *     .tool("forecast", "Forecast for a city", City.class,
 *         (city, context) -> CallToolResult.text(forecasts.today(city.name())))
 *     .build();
 * server.serve(StdioServerTransport.create());
 * }</pre>
 *
 * <p>Features may be added and removed while clients are connected; clients are told through
 * list-changed notifications.
 */
public final class McpServer implements AutoCloseable {

  /** How long closing waits for answers in progress. */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final Features features;

  McpServer(ServerOptions options, List<ServerTool> tools, List<ServerResource> resources,
      List<ServerResourceTemplate> templates, List<ServerPrompt> prompts) {
    this.features = new Features(options);
    tools.forEach(tool -> features.addTool(tool, false));
    resources.forEach(resource -> features.addResource(resource, false));
    templates.forEach(template -> features.addTemplate(template, false));
    prompts.forEach(prompt -> features.addPrompt(prompt, false));
  }

  public static McpServerBuilder builder(Implementation info) {
    return new McpServerBuilder(info);
  }

  /** The server's name and version. */
  public Implementation info() {
    return features.options().info();
  }

  /** Serves one client over {@code transport}; returns at once with the new session. */
  public ServerSession connect(Transport transport) {
    return ServerConnection.open(features, transport);
  }

  /**
   * Serves a connection that skips {@code initialize}: the client is taken to speak
   * {@code version} with {@code capabilities}. Stateless HTTP uses this for each request.
   */
  public ServerSession connectInitialized(Transport transport, ProtocolVersion version,
      ClientCapabilities capabilities, Implementation clientInfo) {
    return ServerConnection.openInitialized(features, transport, version, capabilities,
        clientInfo);
  }

  /** The revisions this server speaks, oldest first. */
  public List<ProtocolVersion> protocolVersions() {
    return features.options().versions();
  }

  /** The most bytes, nesting and string length this server accepts in one message. */
  public io.jmcp.jsonrpc.JsonRpcLimits limits() {
    return features.options().limits();
  }

  /** Serves one client over {@code transport} until the connection closes. */
  public void serve(Transport transport) {
    connect(transport).closed().join();
  }

  /** The sessions currently open. */
  public Collection<? extends ServerSession> sessions() {
    return List.copyOf(features.sessions());
  }

  // ------------------------------------------------------------ features at run time

  public List<ServerTool> tools() {
    return features.tools().stream().map(ToolEntry::tool).toList();
  }

  /** Adds (or replaces) a tool and tells connected clients. */
  public void addTool(ServerTool tool) {
    features.addTool(tool, true);
  }

  /** Removes a tool and tells connected clients; returns whether it existed. */
  public boolean removeTool(String name) {
    return features.removeTool(name);
  }

  public List<ServerResource> resources() {
    return features.resources();
  }

  public void addResource(ServerResource resource) {
    features.addResource(resource, true);
  }

  public boolean removeResource(String uri) {
    return features.removeResource(uri);
  }

  public List<ServerResourceTemplate> resourceTemplates() {
    return features.templates();
  }

  public void addResourceTemplate(ServerResourceTemplate template) {
    features.addTemplate(template, true);
  }

  public boolean removeResourceTemplate(String uriTemplate) {
    return features.removeTemplate(uriTemplate);
  }

  public List<ServerPrompt> prompts() {
    return features.prompts();
  }

  public void addPrompt(ServerPrompt prompt) {
    features.addPrompt(prompt, true);
  }

  public boolean removePrompt(String name) {
    return features.removePrompt(name);
  }

  /**
   * The resource URIs some client is subscribed to now: through {@code resources/subscribe}
   * (legacy sessions) or a listen stream (2026-07-28).
   */
  public java.util.Set<String> subscribedResources() {
    return features.subscribedResources();
  }

  /** Tells clients subscribed to {@code uri} that the resource changed. */
  public void notifyResourceUpdated(String uri) {
    features.resourceUpdated(uri);
  }

  /** Closes every session. */
  @Override
  public void close() {
    // Listen streams end with a result; give their connections a moment to send it.
    features.endListeners(CLOSE_GRACE);
    for (ServerConnection session : List.copyOf(features.sessions())) {
      session.close();
    }
    features.tasks().close();
  }
}
