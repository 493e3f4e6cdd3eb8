package io.jmcp.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Capability;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.completion.CompleteRequest;
import io.jmcp.schema.completion.CompleteResult;
import io.jmcp.schema.completion.Completion;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.lifecycle.PromptsCapability;
import io.jmcp.schema.lifecycle.ResourcesCapability;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import io.jmcp.schema.lifecycle.ToolsCapability;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.ListPromptsRequest;
import io.jmcp.schema.prompts.ListPromptsResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.resources.ListResourceTemplatesRequest;
import io.jmcp.schema.resources.ListResourceTemplatesResult;
import io.jmcp.schema.resources.ListResourcesRequest;
import io.jmcp.schema.resources.ListResourcesResult;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.ListToolsRequest;
import io.jmcp.schema.tools.ListToolsResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.CompletionHandler;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerPrompt;
import io.jmcp.server.ServerResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The feature requests of either era: tools, resources, prompts and completion. Lists are paged
 * with opaque cursors; a feature the server does not offer answers -32601.
 */
final class FeatureRequests {

  private final Features features;
  private final ServerOptions options;

  private final LegacyTasks legacyTasks;
  private final ExtensionTasks extensionTasks;

  FeatureRequests(Features features) {
    this.features = features;
    this.options = features.options();
    this.legacyTasks = new LegacyTasks(features);
    this.extensionTasks = new ExtensionTasks(features);
  }

  LegacyTasks legacyTasks() {
    return legacyTasks;
  }

  ExtensionTasks extensionTasks() {
    return extensionTasks;
  }

  /** The capabilities this server declares, before any adaptation to the client's revision. */
  ServerCapabilities capabilities() {
    return new ServerCapabilities(
        options.experimental().isEmpty() ? null : options.experimental(),
        options.logging() ? Capability.SUPPORTED : null,
        features.completions() ? Capability.SUPPORTED : null,
        options.promptsEnabled() ? new PromptsCapability(true, Map.of()) : null,
        options.resourcesEnabled() ? new ResourcesCapability(true, true, Map.of()) : null,
        options.toolsEnabled() ? new ToolsCapability(true, Map.of()) : null,
        features.toolTasks() ? LegacyTasks.CAPABILITY : null, extensions(), Map.of());
  }

  /** The extensions declared: the server's own, and tasks when a tool runs as one. */
  private @Nullable Map<String, JsonNode> extensions() {
    Map<String, JsonNode> declared = new java.util.LinkedHashMap<>(
        options.extensions().declared());
    if (features.tasksExtension()) {
      declared.putIfAbsent(TasksExtension.ID, McpJson.object());
    }
    return declared.isEmpty() ? null : declared;
  }

  McpResult handle(String method, InboundRequest request, RequestContext context)
      throws Exception {
    return switch (method) {
      case ListToolsRequest.METHOD -> listTools(decode(request, ListToolsRequest.class));
      case CallToolRequest.METHOD -> callTool(decode(request, CallToolRequest.class), context);
      case ListResourcesRequest.METHOD ->
          listResources(decode(request, ListResourcesRequest.class), context);
      case ListResourceTemplatesRequest.METHOD ->
          listTemplates(decode(request, ListResourceTemplatesRequest.class));
      case ReadResourceRequest.METHOD -> read(decode(request, ReadResourceRequest.class), context);
      case ListPromptsRequest.METHOD -> listPrompts(decode(request, ListPromptsRequest.class));
      case GetPromptRequest.METHOD -> getPrompt(decode(request, GetPromptRequest.class), context);
      case CompleteRequest.METHOD -> complete(decode(request, CompleteRequest.class), context);
      default -> ExtensionMethods.answer(options.extensions(), request, context);
    };
  }

  private <T> T decode(InboundRequest request, Class<T> type) {
    require(request.method());
    return ServerConnection.decode(request, type);
  }

  /** Refuses a method whose capability this server did not declare. */
  private void require(String method) {
    boolean offered = switch (method) {
      case ListToolsRequest.METHOD, CallToolRequest.METHOD -> options.toolsEnabled();
      case ListPromptsRequest.METHOD, GetPromptRequest.METHOD -> options.promptsEnabled();
      case CompleteRequest.METHOD -> features.completions();
      default -> options.resourcesEnabled();
    };
    if (!offered) {
      throw JsonRpcException.methodNotFound(
          "Method not found: " + method + " (this server does not offer it)");
    }
  }

  // ------------------------------------------------------------ tools

  private ListToolsResult listTools(ListToolsRequest request) {
    List<Tool> all = features.tools().stream().map(entry -> entry.tool().tool()).toList();
    Pagination.Page<Tool> page = Pagination.page(all, request.cursor(), options.pageSize());
    return new ListToolsResult(page.items(), page.nextCursor(), null, Map.of());
  }

  /**
   * A tool call, answered directly or (when the tool supports tasks and the client allows it)
   * with a task handle: a {@link io.jmcp.schema.tasks.CreateTaskResult} in 2025-11-25, a
   * {@link TaskHandle} in 2026-07-28.
   */
  private McpResult callTool(CallToolRequest request, RequestContext context) throws Exception {
    ToolEntry entry = features.tool(request.name()).orElseThrow(
        () -> JsonRpcException.invalidParams("Unknown tool: " + request.name()));
    return switch (context) {
      case ServerRequestContext legacy -> legacyTasks.call(entry, request, legacy);
      case StatelessRequestContext modern -> extensionTasks.call(entry, request, modern);
      default -> ToolCall.run(entry, request, context);
    };
  }

  // ------------------------------------------------------------ resources

  private ListResourcesResult listResources(ListResourcesRequest request,
      RequestContext context) {
    if (request.cursor() == null) {
      options.beforeListingResources().accept(context);
    }
    List<Resource> all = features.resources().stream().map(ServerResource::resource).toList();
    Pagination.Page<Resource> page = Pagination.page(all, request.cursor(), options.pageSize());
    return new ListResourcesResult(page.items(), page.nextCursor(), null, Map.of());
  }

  private ListResourceTemplatesResult listTemplates(ListResourceTemplatesRequest request) {
    List<ResourceTemplate> all = features.templates().stream().map(t -> t.template()).toList();
    Pagination.Page<ResourceTemplate> page =
        Pagination.page(all, request.cursor(), options.pageSize());
    return new ListResourceTemplatesResult(page.items(), page.nextCursor(), null, Map.of());
  }

  private ReadResourceResult read(ReadResourceRequest request, RequestContext context)
      throws Exception {
    try {
      return readChecked(request, context);
    } catch (JsonRpcException e) {
      if (e.code() == ErrorCodes.RESOURCE_NOT_FOUND && !context.protocolVersion().isLegacy()) {
        // A reader written for the handshake revisions: 2026-07-28 says invalid params.
        throw new JsonRpcException(ErrorCodes.INVALID_PARAMS, e.getMessage(), e.data());
      }
      throw e;
    }
  }

  private ReadResourceResult readChecked(ReadResourceRequest request, RequestContext context)
      throws Exception {
    String uri = request.uri();
    Optional<ServerResource> exact = features.resource(uri);
    if (exact.isPresent()) {
      return checked(exact.get().reader().read(uri, context), uri);
    }
    for (Features.TemplateEntry entry : features.templatesBySpecificity()) {
      Optional<Map<String, String>> variables = entry.parsed().match(uri);
      if (variables.isPresent()) {
        return checked(entry.template().reader().read(uri, variables.get(), context), uri);
      }
    }
    // 2026-07-28 made a missing resource invalid params; the legacy revisions used -32002.
    int code = context.protocolVersion().isLegacy() ? ErrorCodes.RESOURCE_NOT_FOUND
        : ErrorCodes.INVALID_PARAMS;
    throw new JsonRpcException(code, "Resource not found: " + uri,
        McpJson.object().put("uri", uri));
  }

  private static ReadResourceResult checked(@Nullable ReadResourceResult result, String uri) {
    if (result == null) {
      throw JsonRpcException.internalError("The reader of " + uri + " returned no result");
    }
    return result;
  }

  // ------------------------------------------------------------ prompts

  private ListPromptsResult listPrompts(ListPromptsRequest request) {
    List<Prompt> all = features.prompts().stream().map(ServerPrompt::prompt).toList();
    Pagination.Page<Prompt> page = Pagination.page(all, request.cursor(), options.pageSize());
    return new ListPromptsResult(page.items(), page.nextCursor(), null, Map.of());
  }

  private GetPromptResult getPrompt(GetPromptRequest request, RequestContext context)
      throws Exception {
    ServerPrompt prompt = features.prompt(request.name()).orElseThrow(
        () -> JsonRpcException.invalidParams("Unknown prompt: " + request.name()));
    Map<String, String> arguments = request.arguments() == null ? Map.of() : request.arguments();
    if (prompt.prompt().arguments() != null) {
      for (PromptArgument argument : prompt.prompt().arguments()) {
        if (Boolean.TRUE.equals(argument.required()) && !arguments.containsKey(argument.name())) {
          throw JsonRpcException.invalidParams("Missing required argument '" + argument.name()
              + "' for prompt " + request.name());
        }
      }
    }
    GetPromptResult result = prompt.handler().get(arguments, context);
    if (result == null) {
      throw JsonRpcException.internalError("Prompt " + request.name() + " returned no result");
    }
    return result;
  }

  // ------------------------------------------------------------ completion

  /** The completions of a template (null if it has none); the ref may also name a resource. */
  private @Nullable CompletionHandler templateCompletions(String uri) {
    Optional<io.jmcp.server.ServerResourceTemplate> template = features.template(uri);
    if (template.isPresent()) {
      return template.get().completions();
    }
    if (features.resource(uri).isEmpty()) {
      throw JsonRpcException.invalidParams("Unknown resource template: " + uri);
    }
    return null;
  }

  private CompleteResult complete(CompleteRequest request, RequestContext context)
      throws Exception {
    CompletionHandler handler = switch (request.ref()) {
      case PromptReference ref -> features.prompt(ref.name()).orElseThrow(
          () -> JsonRpcException.invalidParams("Unknown prompt: " + ref.name())).completions();
      case ResourceTemplateReference ref -> templateCompletions(ref.uri());
    };
    if (handler == null) {
      return CompleteResult.of(List.of());
    }
    Map<String, String> chosen = request.context() == null || request.context().arguments() == null
        ? Map.of() : request.context().arguments();
    List<String> values = handler.complete(request.argument().name(), request.argument().value(),
        chosen, context);
    return new CompleteResult(Completion.of(values == null ? List.of() : values), null, Map.of());
  }
}
