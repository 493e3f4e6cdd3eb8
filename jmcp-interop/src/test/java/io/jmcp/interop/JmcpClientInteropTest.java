package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.completion.PromptReference;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.http.client.SseClientTransport;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The jmcp client drives the official {@code @modelcontextprotocol/server-everything} over stdio at
 * every legacy revision, and over Streamable HTTP and the legacy HTTP+SSE transport: lists and calls every tool, reads every resource and template, gets every
 * prompt, completes, sets the log level, subscribes, and answers the sampling, elicitation and
 * roots requests the server sends. Everything the jmcp client sends must match the schema of the
 * negotiated revision.
 */
class JmcpClientInteropTest {

  private static final String SERVER_EVERYTHING = "@modelcontextprotocol/server-everything";

  /** Arguments for the official server's tools (those that need any). */
  private static final Map<String, Map<String, Object>> ARGUMENTS = Map.ofEntries(
      Map.entry("echo", Map.of("message", "hello from jmcp")),
      Map.entry("get-annotated-message", Map.of("messageType", "success", "includeImage", true)),
      Map.entry("get-resource-links", Map.of("count", 2)),
      Map.entry("get-resource-reference", Map.of("resourceType", "Blob", "resourceId", 2)),
      Map.entry("get-structured-content", Map.of("location", "Chicago")),
      Map.entry("get-sum", Map.of("a", 19, "b", 23)),
      Map.entry("gzip-file-as-resource", Map.of("name", "hello.txt.gz",
          "data", "data:text/plain;base64,aGVsbG8gZnJvbSBqbWNw", "outputType", "resourceLink")),
      Map.entry("trigger-long-running-operation", Map.of("duration", 1, "steps", 3)),
      Map.entry("trigger-sampling-request", Map.of("prompt", "What is 2+2?", "maxTokens", 50)),
      Map.entry("simulate-research-query", Map.of("topic", "MCP in Java")));

  /**
   * Tools that run only as 2025-11-25 tasks: callTool asks for one and follows it to its result;
   * a revision without tasks cannot call them at all.
   */
  private static final List<String> TASK_ONLY = List.of("simulate-research-query");

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
  void jmcpClientDrivesTheOfficialServer(ProtocolVersion version, @TempDir Path root)
      throws Exception {
    StdioClientTransport process = StdioClientTransport.builder(NodeTools.node22().toString(),
            serverEverything().toString(), "stdio")
        .directory(root).name("server-everything").build();
    walk(process, version, root);
  }

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = {"V2025_03_26", "V2025_11_25"})
  void overStreamableHttp(ProtocolVersion version, @TempDir Path root) throws Exception {
    try (ListeningProcess server = startOverHttp("streamableHttp", root)) {
      URI endpoint = URI.create("http://127.0.0.1:" + server.readyGroup(1) + "/mcp");
      walk(StreamableHttpClientTransport.builder(endpoint).build(), version, root);
    }
  }

  @ParameterizedTest
  @EnumSource(value = ProtocolVersion.class, names = {"V2024_11_05", "V2025_11_25"})
  void overLegacySse(ProtocolVersion version, @TempDir Path root) throws Exception {
    try (ListeningProcess server = startOverHttp("sse", root)) {
      URI endpoint = URI.create("http://127.0.0.1:" + server.readyGroup(1) + "/sse");
      walk(SseClientTransport.builder(endpoint).build(), version, root);
    }
  }

  private static Path serverEverything() {
    return NodeTools.packageBin(SERVER_EVERYTHING, "mcp-server-everything");
  }

  /** The official server in one of its HTTP modes, on a free port it reports once it listens. */
  private static ListeningProcess startOverHttp(String mode, Path root) {
    int port = ListeningProcess.freePort();
    return ListeningProcess.start(List.of(NodeTools.node22().toString(),
            serverEverything().toString(), mode), root, Map.of("PORT", Integer.toString(port)),
        Pattern.compile("(?:listening on|running on) port (\\d+)"));
  }

  private static void walk(Transport transport, ProtocolVersion version, Path root)
      throws Exception {
    Files.writeString(root.resolve("notes.txt"), "interop");
    AtomicInteger sampling = new AtomicInteger();
    AtomicInteger elicitation = new AtomicInteger();
    AtomicInteger progress = new AtomicInteger();
    AtomicInteger logs = new AtomicInteger();
    AtomicInteger updates = new AtomicInteger();
    AtomicInteger toolsChanged = new AtomicInteger();
    WireRecorder wire = new WireRecorder(transport);
    try (McpClient client = McpClient.builder(Implementation.of("jmcp-interop", "1.0.0"))
        .protocolVersion(version)
        .roots(List.of(Root.of(root.toUri().toString(), "interop")))
        .sampling((request, context) -> {
          sampling.incrementAndGet();
          return CreateMessageResult.text("jmcp-test-llm", "4");
        })
        .elicitation((request, context) -> {
          elicitation.incrementAndGet();
          return ElicitResult.accept(Map.of("name", McpJson.toTree("Ada Lovelace")));
        })
        .onLog(message -> logs.incrementAndGet())
        .onResourceUpdated(uri -> updates.incrementAndGet())
        .onToolsChanged(toolsChanged::incrementAndGet)
        .connect(wire)) {
      assertThat(client.protocolVersion()).isEqualTo(version);
      assertThat(client.serverInfo().name()).isEqualTo("mcp-servers/everything");

      // The server registers its client-facing tools once initialized, and says so.
      List<Tool> tools = awaitTools(client, version);
      client.setLogLevel(LoggingLevel.DEBUG);
      for (Tool tool : tools) {
        call(client, tool, progress);
      }
      assertThat(sampling).hasValue(1);
      assertThat(elicitation).hasValue(version.supports(ProtocolFeature.ELICITATION) ? 1 : 0);
      assertThat(progress.get()).isGreaterThanOrEqualTo(3);

      List<Resource> resources = client.listResources();
      assertThat(resources).isNotEmpty();
      for (Resource resource : resources) {
        assertThat(client.readResource(resource.uri()).contents()).isNotEmpty();
      }
      for (ResourceTemplate template : client.listResourceTemplates()) {
        String uri = template.uriTemplate().replace("{resourceId}", "3");
        assertThat(client.readResource(uri).contents()).isNotEmpty();
        client.complete(ResourceTemplateReference.of(template.uriTemplate()), "resourceId", "",
            Map.of());
      }
      for (Prompt prompt : client.listPrompts()) {
        Map<String, String> arguments = promptArguments(prompt);
        assertThat(client.getPrompt(prompt.name(), arguments).messages()).isNotEmpty();
        if (prompt.arguments() != null && !prompt.arguments().isEmpty()
            && client.serverCapabilities().completions() != null) {
          client.complete(PromptReference.of(prompt.name()),
              prompt.arguments().getFirst().name(), "", Map.of());
        }
      }
      client.subscribe(resources.getFirst().uri());
      client.callTool("toggle-subscriber-updates", Map.of());
      awaitPositive(updates);
      client.callTool("toggle-subscriber-updates", Map.of());
      client.unsubscribe(resources.getFirst().uri());
      awaitPositive(logs);
      client.ping();
    }

    List<String> violations = ProtocolSchema.of(version)
        .validate(wire.messages(), WireRecorder.Direction.SENT);
    assertThat(violations).isEmpty();
    assertThat(wire.sent()).hasSizeGreaterThan(40);
  }

  private static List<Tool> awaitTools(McpClient client, ProtocolVersion version)
      throws InterruptedException {
    List<Tool> tools = client.listTools();
    for (int i = 0; i < 500 && tools.stream().noneMatch(t -> t.name().equals("get-roots-list"));
        i++) {
      Thread.sleep(50);
      tools = client.listTools();
    }
    assertThat(tools).extracting(Tool::name).contains("echo", "get-sum", "get-roots-list",
        "trigger-sampling-request", "trigger-long-running-operation");
    if (version.supports(ProtocolFeature.ELICITATION)) {
      assertThat(tools).extracting(Tool::name).contains("trigger-elicitation-request");
    }
    return tools;
  }

  private static void call(McpClient client, Tool tool, AtomicInteger progress) {
    Map<String, Object> arguments = ARGUMENTS.getOrDefault(tool.name(), Map.of());
    CallToolRequest request = CallToolRequest.of(tool.name(), McpJson.toObject(arguments));
    if (TASK_ONLY.contains(tool.name())
        && !client.protocolVersion().supports(ProtocolFeature.TASKS)) {
      try {
        CallToolResult refused = client.callTool(request, CallOptions.DEFAULT);
        assertThat(refused.isError()).as(tool.name()).isTrue();
      } catch (JsonRpcException refused) {
        assertThat(refused.isLocal()).as(tool.name()).isFalse();
      }
      return;
    }
    CallToolResult result = client.callTool(request,
        CallOptions.progress(notification -> progress.incrementAndGet()));
    assertThat(result.isError()).as("%s: %s", tool.name(), result.content()).isNotEqualTo(true);
    assertThat(result.content()).as(tool.name()).isNotEmpty();
    if (tool.name().startsWith("toggle-")) {
      client.callTool(request, CallOptions.DEFAULT);  // and off again
    }
  }

  private static Map<String, String> promptArguments(Prompt prompt) {
    Map<String, String> arguments = new LinkedHashMap<>();
    if (prompt.arguments() == null) {
      return arguments;
    }
    Map<String, String> known = new HashMap<>(Map.of("city", "Lisbon", "state", "Lisboa",
        "department", "Engineering", "name", "Alice", "resourceType", "Text", "resourceId", "1"));
    for (PromptArgument argument : prompt.arguments()) {
      arguments.put(argument.name(), known.getOrDefault(argument.name(), "sample"));
    }
    return arguments;
  }

  private static void awaitPositive(AtomicInteger counter) throws InterruptedException {
    for (int i = 0; i < 200 && counter.get() == 0; i++) {
      Thread.sleep(50);
    }
    assertThat(counter.get()).isPositive();
  }
}
