package io.jmcp.client;

import io.jmcp.client.internal.ClientInbound;
import io.jmcp.client.internal.ClientOptions;
import io.jmcp.client.internal.ServerCapabilityCheck;
import io.jmcp.client.internal.StructuredContentCheck;
import io.jmcp.core.CallOptions;
import io.jmcp.core.McpCancellation;
import io.jmcp.core.McpChannel;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
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
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.completion.CompleteRequest;
import io.jmcp.schema.completion.Completion;
import io.jmcp.schema.completion.CompletionArgument;
import io.jmcp.schema.completion.CompletionContext;
import io.jmcp.schema.completion.CompletionReference;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.schema.lifecycle.InitializeResult;
import io.jmcp.schema.lifecycle.InitializedNotification;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.SetLevelRequest;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.ListPromptsRequest;
import io.jmcp.schema.prompts.ListPromptsResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.resources.ListResourceTemplatesRequest;
import io.jmcp.schema.resources.ListResourceTemplatesResult;
import io.jmcp.schema.resources.ListResourcesRequest;
import io.jmcp.schema.resources.ListResourcesResult;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.resources.SubscribeRequest;
import io.jmcp.schema.resources.UnsubscribeRequest;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.ListToolsRequest;
import io.jmcp.schema.tools.ListToolsResult;
import io.jmcp.schema.tools.Tool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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

  /** The most pages the list-everything calls fetch before giving up on a runaway server. */
  private static final int MAX_PAGES = 10_000;

  private final ClientOptions options;
  private final JsonRpcPeer peer;
  private final McpChannel channel;
  private final ClientInbound inbound;
  private final StructuredContentCheck structuredContent = new StructuredContentCheck();
  private volatile @Nullable InitializeResult initialized;
  private volatile ProtocolVersion version;

  private McpClient(ClientOptions options, Transport transport) {
    this.options = options;
    this.version = options.protocolVersion();
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
  }

  public static McpClientBuilder builder(Implementation info) {
    return new McpClientBuilder(info);
  }

  static McpClient connect(ClientOptions options, Transport transport) {
    McpClient client = new McpClient(options, transport);
    try {
      client.peer.start();
      client.initialize();
      return client;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private McpChannel channel() {
    return channel;
  }

  private void initialize() {
    InitializeRequest request = new InitializeRequest(options.protocolVersion().id(),
        options.capabilities(options.protocolVersion()), options.info(), null, Map.of());
    // The spec forbids cancelling initialize, so a timeout just gives up on it.
    InitializeResult result = JsonRpcPeer.await(InitializeRequest.METHOD, channel.send(request,
        CallOptions.timeout(options.initializeTimeout()), null, false));
    ProtocolVersion negotiated = ProtocolVersion.parse(result.protocolVersion())
        .filter(options.acceptedVersions()::contains)
        .orElseThrow(() -> new JsonRpcException(ErrorCodes.INVALID_REQUEST,
            "The server chose protocol version " + result.protocolVersion()
                + ", which this client does not accept (it accepts "
                + options.acceptedVersions() + ")"));
    this.version = negotiated;
    this.initialized = result;
    channel.notify(InitializedNotification.of());
  }

  // ------------------------------------------------------------ session facts

  private InitializeResult handshake() {
    InitializeResult result = initialized;
    if (result == null) {
      throw new IllegalStateException("not connected");
    }
    return result;
  }

  /** The negotiated protocol revision. */
  public ProtocolVersion protocolVersion() {
    return version;
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
    return JsonRpcPeer.await(request.method(), requestAsync(request, callOptions));
  }

  /** Sends any client request; the future completes with its result. */
  public <R extends McpResult> CompletableFuture<R> requestAsync(ClientRequest<R> request,
      CallOptions callOptions) {
    if (options.enforceServerCapabilities()) {
      ServerCapabilityCheck.require(request, serverCapabilities(), version);
    }
    return channel.send(request, callOptions, null, true);
  }

  /** Sends a notification to the server. */
  public void notify(ClientNotification notification) {
    channel.notify(notification);
  }

  /** Checks the server is alive. */
  public void ping() {
    request(PingRequest.of());
  }

  // ------------------------------------------------------------ tools

  /** Every tool, across all pages. */
  public List<Tool> listTools() {
    List<Tool> tools = all(ListToolsRequest.first(), ListToolsResult::tools);
    structuredContent.remember(tools);
    return tools;
  }

  /** One page of tools. */
  public ListToolsResult listTools(@Nullable String cursor) {
    ListToolsResult page = request(ListToolsRequest.first().withCursor(cursor));
    structuredContent.remember(page.tools());
    return page;
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
    CallToolResult result = request(call, callOptions);
    if (options.validateStructuredContent()) {
      structuredContent.check(call.name(), result);
    }
    return result;
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

  /** Asks for {@code notifications/resources/updated} when the resource changes. */
  public void subscribe(String uri) {
    request(new SubscribeRequest(uri, null, Map.of()));
  }

  public void unsubscribe(String uri) {
    request(new UnsubscribeRequest(uri, null, Map.of()));
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

  /** Asks the server to send log messages at {@code level} and above only. */
  public void setLogLevel(LoggingLevel level) {
    request(new SetLevelRequest(level, null, Map.of()));
  }

  // ------------------------------------------------------------ roots

  /** Replaces the roots offered to the server and tells it they changed. */
  public void setRoots(List<Root> roots) {
    inbound.setRoots(roots, channel);
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
    peer.close();
    inbound.close();
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
