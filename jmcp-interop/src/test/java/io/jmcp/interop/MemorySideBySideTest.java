package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * jmcp's memory server next to the official {@code @modelcontextprotocol/server-memory} (pinned
 * in interop/package.json): the same tools and resource, the same results for the same calls, the
 * same file, and each reads the file the other wrote.
 */
class MemorySideBySideTest {

  private static final String OFFICIAL = "@modelcontextprotocol/server-memory";

  /** The fixture: calls made to both servers, in order. */
  private static final List<Map.Entry<String, String>> CALLS = List.of(
      Map.entry("read_graph", "{}"),
      Map.entry("create_entities", """
          {"entities": [
            {"name": "Ada Lovelace", "entityType": "person", "observations": ["wrote \\"notes\\"", "é 😀 \\u0001 \\\\ \\u2028"]},
            {"name": "Charles Babbage", "entityType": "person", "observations": ["designed the engine"]},
            {"name": "Analytical Engine", "entityType": "machine", "observations": []}]}"""),
      Map.entry("create_entities", """
          {"entities": [{"name": "Ada Lovelace", "entityType": "robot", "observations": []},
            {"name": "Note G", "entityType": "document", "observations": ["Bernoulli numbers"]}]}"""),
      Map.entry("create_relations", """
          {"relations": [
            {"from": "Ada Lovelace", "to": "Charles Babbage", "relationType": "worked with"},
            {"from": "Charles Babbage", "to": "Analytical Engine", "relationType": "designed"},
            {"from": "Ada Lovelace", "to": "Note G", "relationType": "wrote"}]}"""),
      Map.entry("create_relations", """
          {"relations": [{"from": "Ada Lovelace", "to": "Note G", "relationType": "wrote"},
            {"from": "Note G", "to": "Nowhere", "relationType": "cites"}]}"""),
      Map.entry("add_observations", """
          {"observations": [{"entityName": "Analytical Engine", "contents": ["never built", "steam"]},
            {"entityName": "Ada Lovelace", "contents": ["wrote \\"notes\\"", "countess"]}]}"""),
      Map.entry("add_observations", """
          {"observations": [{"entityName": "Nobody", "contents": ["x"]}]}"""),
      Map.entry("search_nodes", "{\"query\": \"ENGINE\"}"),
      Map.entry("search_nodes", "{\"query\": \"nothing matches this\"}"),
      Map.entry("open_nodes", "{\"names\": [\"Note G\", \"Nobody\"]}"),
      Map.entry("delete_observations", """
          {"deletions": [{"entityName": "Analytical Engine", "observations": ["steam"]},
            {"entityName": "Nobody", "observations": ["x"]}]}"""),
      Map.entry("delete_relations", """
          {"relations": [{"from": "Note G", "to": "Nowhere", "relationType": "cites"}]}"""),
      Map.entry("delete_entities", "{\"entityNames\": [\"Charles Babbage\"]}"),
      Map.entry("read_graph", "{}"));

  private static StdioClientTransport official(Path file) {
    return StdioClientTransport.builder(NodeTools.node22().toString(),
            NodeTools.packageBin(OFFICIAL, "mcp-server-memory").toString())
        .env("MEMORY_FILE_PATH", file.toString()).name("server-memory").build();
  }

  private static McpClient connect(StdioClientTransport transport) {
    return McpClient.builder(Implementation.of("side-by-side", "1.0")).connect(transport);
  }

  private static CallToolResult call(McpClient client, Map.Entry<String, String> call) {
    return client.callTool(call.getKey(), McpJson.mapper().readValue(call.getValue(), Map.class));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  /** A tool as listed, without the task-support field the TypeScript SDK adds to every tool. */
  private static JsonNode listed(Tool tool) {
    ObjectNode json = (ObjectNode) McpJson.toTree(tool);
    json.remove("execution");
    return json;
  }

  @Test
  void sameToolsAndResource(@TempDir Path directory) {
    try (McpClient ours = connect(MemoryServerEndToEndTest.memory(directory.resolve("a"), "jmcp"));
        McpClient theirs = connect(official(directory.resolve("b")))) {
      assertThat(ours.listTools().stream().map(MemorySideBySideTest::listed).toList())
          .isEqualTo(theirs.listTools().stream().map(MemorySideBySideTest::listed).toList());
      List<Resource> resources = theirs.listResources();
      assertThat(ours.listResources()).isEqualTo(resources);
      assertThat(ours.serverCapabilities().resources().subscribe()).isTrue();
    }
  }

  @Test
  void sameResultsAndTheSameFile(@TempDir Path directory) throws Exception {
    Path ourFile = directory.resolve("ours.jsonl");
    Path theirFile = directory.resolve("theirs.jsonl");
    try (McpClient ours = connect(MemoryServerEndToEndTest.memory(ourFile, "jmcp"));
        McpClient theirs = connect(official(theirFile))) {
      for (Map.Entry<String, String> call : CALLS) {
        CallToolResult expected = call(theirs, call);
        CallToolResult actual = call(ours, call);
        assertThat(actual.isError()).as(call.toString()).isEqualTo(expected.isError());
        assertThat(text(actual)).as(call.toString()).isEqualTo(text(expected));
        assertThat(actual.structuredContent()).as(call.toString())
            .isEqualTo(expected.structuredContent());
      }
      assertThat(resourceText(ours)).isEqualTo(resourceText(theirs));
    }
    // Byte for byte, except that every line of ours ends with a newline (JSON Lines).
    assertThat(Files.readString(ourFile)).isEqualTo(Files.readString(theirFile) + "\n");
  }

  @Test
  void eachReadsTheFileTheOtherWrote(@TempDir Path directory) throws Exception {
    Path ourFile = directory.resolve("ours.jsonl");
    Path theirFile = directory.resolve("theirs.jsonl");
    try (McpClient ours = connect(MemoryServerEndToEndTest.memory(ourFile, "jmcp"));
        McpClient theirs = connect(official(theirFile))) {
      call(ours, CALLS.get(1));
      call(ours, CALLS.get(3));
      call(theirs, CALLS.get(2));
      call(theirs, CALLS.get(3));
    }
    JsonNode oursAsWritten;
    JsonNode theirsAsWritten;
    try (McpClient ours = connect(MemoryServerEndToEndTest.memory(ourFile, "jmcp"));
        McpClient theirs = connect(official(theirFile))) {
      oursAsWritten = call(ours, Map.entry("read_graph", "{}")).structuredContent();
      theirsAsWritten = call(theirs, Map.entry("read_graph", "{}")).structuredContent();
    }
    try (McpClient ours = connect(MemoryServerEndToEndTest.memory(theirFile, "jmcp"));
        McpClient theirs = connect(official(ourFile))) {
      assertThat(call(theirs, Map.entry("read_graph", "{}")).structuredContent())
          .isEqualTo(oursAsWritten);
      assertThat(call(ours, Map.entry("read_graph", "{}")).structuredContent())
          .isEqualTo(theirsAsWritten);
      // And each keeps writing the other's file.
      call(theirs, CALLS.get(5));
      call(ours, Map.entry("add_observations",
          "{\"observations\": [{\"entityName\": \"Note G\", \"contents\": [\"published 1843\"]}]}"));
    }
    try (McpClient ours = connect(MemoryServerEndToEndTest.memory(ourFile, "jmcp"));
        McpClient theirs = connect(official(theirFile))) {
      assertThat(text(call(ours, Map.entry("open_nodes",
          "{\"names\": [\"Analytical Engine\"]}")))).contains("never built");
      assertThat(text(call(theirs, Map.entry("open_nodes", "{\"names\": [\"Note G\"]}"))))
          .contains("published 1843");
    }
    assertThat(oursAsWritten.path("entities").size()).isEqualTo(3);
    assertThat(theirsAsWritten.path("entities").size()).isEqualTo(2);
  }

  private static String resourceText(McpClient client) {
    return ((TextResourceContents) client.readResource("memory://knowledge-graph").contents()
        .getFirst()).text();
  }
}
