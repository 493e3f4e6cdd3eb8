package io.jmcp.conformance;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client the conformance suite's client scenarios start, once per scenario, with the scenario
 * in {@code MCP_CONFORMANCE_SCENARIO}, the wire revision in {@code MCP_CONFORMANCE_PROTOCOL_VERSION}
 * (suite 0.2; 0.1.16 speaks the handshake revisions only), scenario data in
 * {@code MCP_CONFORMANCE_CONTEXT}, and the server URL as the last argument. Each scenario is
 * played the way a real host would play it with jmcp's client: nothing here fakes protocol
 * behaviour, the client does the work.
 */
public final class ConformanceClient {

  /** The scenarios this client plays (the {@code auth/...} ones come with authorization). */
  public static final Set<String> SCENARIOS = Set.of("initialize", "tools_call",
      "elicitation-sep1034-client-defaults", "sse-retry", "request-metadata",
      "sep-2322-client-request-state", "http-standard-headers", "http-custom-headers",
      "http-invalid-tool-headers", "json-schema-ref-no-deref", "json-schema-2020-12-preservation",
      "sep-2640-client-no-prefetch", "sep-2640-client-verify-digest",
      "sep-2640-client-verify-size", "sep-2640-client-verify-frontmatter");

  private ConformanceClient() {
  }

  /**
   * Plays {@code scenario} against {@code url} speaking {@code version}; returns the process exit
   * code.
   *
   * @param context the scenario's data, as JSON ({@code MCP_CONFORMANCE_CONTEXT}), or null
   */
  public static int run(String scenario, ProtocolVersion version, URI url,
      @Nullable String context, PrintStream log) {
    if (!SCENARIOS.contains(scenario)) {
      log.println("jmcp conformance client: unknown scenario '" + scenario + "'");
      return 2;
    }
    try (McpClient client = builder(version).connect(
        StreamableHttpClientTransport.builder(url).build())) {
      log.println("connected: " + client.serverInfo().name() + " speaking "
          + client.protocolVersion());
      return play(scenario, client, context, log);
    } catch (RuntimeException e) {
      log.println("jmcp conformance client: " + scenario + " failed: " + e);
      return 1;
    }
  }

  private static McpClientBuilder builder(ProtocolVersion version) {
    return McpClient.builder(Implementation.of("jmcp-conformance-client", "1.0.0"))
        .protocolVersion(version)
        .roots(List.of(Root.of(Path.of("").toAbsolutePath().toUri().toString(), "workspace")))
        .sampling((request, context) -> CreateMessageResult.text("jmcp-conformance",
            "A response from the jmcp conformance client"))
        // Accept with nothing filled in: the client applies the form's defaults (SEP-1034).
        .elicitation((request, context) -> ElicitResult.accept(Map.of()));
  }

  private static int play(String scenario, McpClient client, @Nullable String context,
      PrintStream log) {
    switch (scenario) {
      case "initialize", "request-metadata" -> {
        // Connecting is the scenario; the tools are looked at when there are any.
        if (client.serverCapabilities().tools() != null) {
          log.println("tools: " + client.listTools().size());
        }
      }
      case "tools_call" -> log.println("add_numbers: " + client.callTool("add_numbers",
          Map.of("a", 2, "b", 3)).content());
      case "http-standard-headers" -> walkEverything(client, log);
      case "http-custom-headers" -> callFromContext(client, context, log);
      case "json-schema-ref-no-deref" ->
          // Listing must not fetch the schema's network $ref; the tool itself is not wanted.
          log.println("tools: " + client.listTools().stream().map(Tool::name).toList());
      case "json-schema-2020-12-preservation" -> echoSchema(client, log);
      case "sep-2640-client-no-prefetch" -> SkillsHost.list(client, log);
      case "sep-2640-client-verify-digest", "sep-2640-client-verify-size",
          "sep-2640-client-verify-frontmatter" -> {
        return SkillsHost.loadFirst(client, log) ? 0 : 1;
      }
      default -> walkTools(client, log);
    }
    return 0;
  }

  /** Lists every tool the client keeps and calls each with arguments made from its schema. */
  private static void walkTools(McpClient client, PrintStream log) {
    if (client.serverCapabilities().tools() == null) {
      return;
    }
    for (Tool tool : client.listTools()) {
      CallToolResult result = client.callTool(tool.name(), sampleArguments(tool.inputSchema()));
      log.println("called " + tool.name() + ": " + (result.failed() ? "error " : "")
          + result.content());
    }
  }

  /** Every tool, resource and prompt, each used once. */
  private static void walkEverything(McpClient client, PrintStream log) {
    walkTools(client, log);
    if (client.serverCapabilities().resources() != null) {
      for (Resource resource : client.listResources()) {
        log.println("read " + resource.uri() + ": "
            + client.readResource(resource.uri()).contents().size() + " contents");
      }
    }
    if (client.serverCapabilities().prompts() != null) {
      for (Prompt prompt : client.listPrompts()) {
        Map<String, String> arguments = new HashMap<>();
        if (prompt.arguments() != null) {
          for (PromptArgument argument : prompt.arguments()) {
            arguments.put(argument.name(), "conformance");
          }
        }
        log.println("got " + prompt.name() + ": "
            + client.getPrompt(prompt.name(), arguments).messages().size() + " messages");
      }
    }
  }

  /** The calls the scenario's context lists, with exactly its arguments. */
  private static void callFromContext(McpClient client, @Nullable String context,
      PrintStream log) {
    client.listTools();
    JsonNode calls = context == null ? null
        : McpJson.mapper().readTree(context).get("toolCalls");
    if (calls == null || !calls.isArray()) {
      throw new IllegalStateException("MCP_CONFORMANCE_CONTEXT has no toolCalls");
    }
    for (JsonNode call : calls) {
      JsonNode arguments = call.get("arguments");
      CallToolResult result = client.callTool(call.path("name").asString(),
          arguments instanceof ObjectNode object ? object : McpJson.object());
      log.println("called " + call.path("name").asString() + ": " + result.content());
    }
  }

  /** Sends a tool's input schema back as received: nothing of 2020-12 may be lost on the way. */
  private static void echoSchema(McpClient client, PrintStream log) {
    List<Tool> tools = client.listTools();
    Tool focal = tools.stream().filter(t -> t.name().equals("json_schema_2020_12_tool"))
        .findFirst().orElseThrow(() -> new IllegalStateException("no json_schema_2020_12_tool"));
    ObjectNode arguments = McpJson.object();
    arguments.set("schema", focal.inputSchema());
    log.println("echo: " + client.callTool("json_schema_echo", arguments).content());
  }

  /** Arguments for a schema's required properties: a plain value of each one's type. */
  static ObjectNode sampleArguments(ObjectNode schema) {
    ObjectNode arguments = McpJson.object();
    JsonNode required = schema.get("required");
    JsonNode properties = schema.path("properties");
    if (required == null || !required.isArray()) {
      return arguments;
    }
    for (JsonNode name : required) {
      JsonNode property = properties.path(name.asString());
      switch (property.path("type").asString("string")) {
        case "integer" -> arguments.put(name.asString(), 1);
        case "number" -> arguments.put(name.asString(), 1.5);
        case "boolean" -> arguments.put(name.asString(), true);
        case "object" -> arguments.putObject(name.asString());
        case "array" -> arguments.putArray(name.asString());
        default -> arguments.put(name.asString(), "us-west1");
      }
    }
    return arguments;
  }

  /** A refusal the scenario expects is reported, not thrown. */
  static String describe(JsonRpcException e) {
    return e.code() + " " + e.getMessage();
  }
}
