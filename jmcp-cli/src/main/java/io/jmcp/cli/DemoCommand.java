package io.jmcp.cli;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jmcp demo}: a jmcp client starts {@code jmcp server everything} as a child process,
 * talks to it over stdio and shows what it finds: tools (with progress, sampling, elicitation,
 * roots, logs), resources, templates, subscriptions, prompts and completions.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts jmcp's everything server over stdio and walks through all it offers.",
        "Give a COMMAND to walk another stdio server instead (its tools are listed, not called)."})
final class DemoCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "COMMAND",
      description = "The server command line (default: jmcp server everything).")
  List<String> command = new ArrayList<>();

  private final DemoPrinter out = new DemoPrinter(System.out);
  private final CountDownLatch updated = new CountDownLatch(1);

  @Override
  public Integer call() {
    boolean everything = command.isEmpty();
    List<String> server = everything ? ownServer() : command;
    out.title("jmcp demo");
    out.line("Starting the server: " + String.join(" ", server));
    StdioClientTransport transport = StdioClientTransport
        .builder(server.getFirst(), server.subList(1, server.size()).toArray(String[]::new))
        .name("server").stderr(line -> out.dim("  server stderr | " + line)).build();
    long start = System.nanoTime();
    try (McpClient client = McpClient.builder(Implementation.of("jmcp-demo", JmcpVersion.version()))
        .roots(List.of(Root.of(Path.of("").toAbsolutePath().toUri().toString(), "working directory")))
        .sampling((request, context) -> {
          out.event("the server asks our LLM (sampling): " + DemoPrinter.text(request.messages()));
          return CreateMessageResult.text("jmcp-demo-llm",
              "This is a canned answer from the demo client's stand-in LLM.");
        })
        .elicitation((request, context) -> {
          out.event("the server asks the user (elicitation): " + request.message());
          if (request instanceof ElicitFormRequest form) {
            out.event("  form fields: " + form.requestedSchema().properties().keySet()
                + ", answering name=Ada Lovelace and taking the defaults for the rest");
          }
          return ElicitResult.accept(Map.of("name", McpJson.toTree("Ada Lovelace")));
        })
        .onLog(message -> out.event("log " + message.level().json() + ": "
            + (message.data().isString() ? message.data().asString() : message.data())))
        .onResourceUpdated(uri -> {
          out.event("resource updated: " + uri);
          updated.countDown();
        })
        .connect(transport)) {
      out.line(String.format("Connected in %d ms (pid %d).", (System.nanoTime() - start) / 1_000_000,
          transport.pid()));
      describeServer(client);
      tools(client, everything);
      resources(client, everything);
      prompts(client, everything);
      out.section("Done");
      client.ping();
      out.line("ping answered; closing the connection (the server exits when its stdin closes).");
    } catch (JsonRpcException e) {
      out.line("The demo failed: " + e.getMessage());
      return 1;
    }
    transport.exitCode().ifPresent(code -> out.line("The server exited with code " + code + "."));
    return 0;
  }

  /** The command that starts this installation's everything server. */
  private static List<String> ownServer() {
    String launcher = System.getenv("JMCP_LAUNCHER");
    if (launcher != null) {
      return List.of(launcher, "server", "everything", "--update-interval", "PT1S");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "server", "everything", "--update-interval", "PT1S");
  }

  private void describeServer(McpClient client) {
    out.section("Server");
    Implementation info = client.serverInfo();
    out.line(info.name() + " " + info.version()
        + (info.title() == null ? "" : " (" + info.title() + ")"));
    out.line("protocol revision " + client.protocolVersion().id());
    out.line("capabilities: " + McpJson.toTree(client.serverCapabilities()));
    if (client.instructions() != null) {
      out.line("instructions: " + client.instructions());
    }
  }

  private void tools(McpClient client, boolean everything) {
    List<Tool> tools = client.listTools();
    out.section("Tools (" + tools.size() + ")");
    for (Tool tool : tools) {
      out.item(tool.name(), tool.description());
    }
    if (!everything) {
      return;
    }
    client.setLogLevel(LoggingLevel.DEBUG);
    call(client, "echo", Map.of("message", "Hello from jmcp"));
    call(client, "add", Map.of("a", 19, "b", 23));
    out.step("long_running_operation", "2 seconds, 4 steps, with progress");
    CallToolResult slow = client.callTool(CallToolRequest.of("long_running_operation",
            McpJson.toObject(Map.of("duration", 2, "steps", 4))),
        CallOptions.progress(progress -> out.event(String.format("progress %.0f/%.0f %s",
            progress.progress(), progress.total(), progress.message()))));
    out.result(slow);
    call(client, "sample_llm", Map.of("prompt", "What is the capital of France?"));
    call(client, "elicit_user_info", Map.of());
    call(client, "list_roots", Map.of());
    call(client, "log_message", Map.of("message", "something to note", "level", "warning"));
    call(client, "get_tiny_image", Map.of());
    call(client, "get_tiny_audio", Map.of());
    call(client, "annotated_message", Map.of("messageType", "success", "includeImage", true));
    call(client, "get_resource_reference", Map.of("resourceId", 2));
    call(client, "get_resource_links", Map.of("count", 2));
    call(client, "get_weather", Map.of("city", "Lisbon"));
    call(client, "fail", Map.of());
  }

  private void call(McpClient client, String tool, Map<String, ?> arguments) {
    out.step(tool, McpJson.toTree(arguments).toString());
    out.result(client.callTool(tool, arguments));
  }

  private void resources(McpClient client, boolean everything) {
    List<Resource> resources = client.listResources();
    out.section("Resources (" + resources.size() + ", fetched page by page)");
    resources.stream().limit(4).forEach(r -> out.item(r.uri(), r.name() + ", " + r.mimeType()));
    if (resources.size() > 4) {
      out.line("  ... and " + (resources.size() - 4) + " more");
    }
    List<ResourceTemplate> templates = client.listResourceTemplates();
    out.line("templates:");
    templates.forEach(t -> out.item(t.uriTemplate(), t.description()));
    if (!everything) {
      return;
    }
    for (String uri : List.of("test://static/resource/1", "test://static/resource/2",
        "test://greeting/Grace")) {
      out.step("read " + uri, null);
      out.contents(client.readResource(uri).contents());
    }
    out.step("complete test://static/resource/{id}, id starting with 4", null);
    out.line("  " + client.complete(ResourceTemplateReference.of("test://static/resource/{id}"),
        "id", "4", Map.of()).values());
    out.step("subscribe to test://static/resource/1", "the server announces updates every second");
    client.subscribe("test://static/resource/1");
    try {
      if (!updated.await(5, TimeUnit.SECONDS)) {
        out.line("  (no update arrived within 5 seconds)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    client.unsubscribe("test://static/resource/1");
  }

  private void prompts(McpClient client, boolean everything) {
    List<Prompt> prompts = client.listPrompts();
    out.section("Prompts (" + prompts.size() + ")");
    prompts.forEach(p -> out.item(p.name(), p.description()));
    if (!everything) {
      return;
    }
    out.step("complete complex_prompt's style, starting with f", null);
    out.line("  " + client.complete(PromptReference.of("complex_prompt"), "style", "f", Map.of())
        .values());
    for (var entry : List.of(Map.entry("simple_prompt", Map.<String, String>of()),
        Map.entry("complex_prompt", Map.of("temperature", "0.7", "style", "formal")),
        Map.entry("resource_prompt", Map.of("resourceId", "3")))) {
      out.step("get " + entry.getKey(), entry.getValue().isEmpty() ? null
          : entry.getValue().toString());
      GetPromptResult prompt = client.getPrompt(entry.getKey(), entry.getValue());
      for (PromptMessage message : prompt.messages()) {
        out.line("  " + message.role().json() + ": " + DemoPrinter.describe(message.content()));
      }
    }
  }
}
