package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./jmcp server memory} as a real child process: every tool over stdio, every message
 * valid against the schema, and two server processes writing one file at once without losing a
 * single change.
 */
class MemoryServerEndToEndTest {

  static StdioClientTransport memory(Path file, String name) {
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString(),
        "server", "memory").env("MEMORY_FILE_PATH", file.toString()).name(name).build();
  }

  private static McpClient connect(StdioClientTransport transport) {
    return McpClient.builder(Implementation.of("memory-e2e", "1.0")).connect(transport);
  }

  private static CallToolResult call(McpClient client, String tool, String json) {
    return client.callTool(tool, McpJson.mapper().readValue(json, Map.class));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  @Test
  void everyToolOverStdio(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("memory.jsonl");
    WireRecorder wire = new WireRecorder(memory(file, "jmcp-memory"));
    try (McpClient client = McpClient.builder(Implementation.of("memory-e2e", "1.0"))
        .connect(wire)) {
      assertThat(client.listTools()).extracting(Tool::name).hasSize(9);
      call(client, "create_entities", """
          {"entities": [{"name": "Ada", "entityType": "person", "observations": ["mathematician"]},
            {"name": "Engine", "entityType": "machine", "observations": []}]}""");
      call(client, "create_relations",
          "{\"relations\": [{\"from\": \"Ada\", \"to\": \"Engine\", \"relationType\": \"programmed\"}]}");
      call(client, "add_observations",
          "{\"observations\": [{\"entityName\": \"Engine\", \"contents\": [\"analytical\"]}]}");
      assertThat(text(call(client, "search_nodes", "{\"query\": \"ANALYTICAL\"}")))
          .contains("\"name\": \"Engine\"").contains("\"relationType\": \"programmed\"");
      assertThat(call(client, "open_nodes", "{\"names\": [\"Ada\"]}").structuredContent()
          .path("entities").size()).isEqualTo(1);
      call(client, "delete_observations",
          "{\"deletions\": [{\"entityName\": \"Ada\", \"observations\": [\"mathematician\"]}]}");
      call(client, "delete_relations",
          "{\"relations\": [{\"from\": \"Ada\", \"to\": \"Engine\", \"relationType\": \"programmed\"}]}");
      call(client, "delete_entities", "{\"entityNames\": [\"Engine\"]}");
      JsonNode graph = call(client, "read_graph", "{}").structuredContent();
      assertThat(graph.toString()).isEqualTo(
          "{\"entities\":[{\"name\":\"Ada\",\"entityType\":\"person\",\"observations\":[]}],"
              + "\"relations\":[]}");
      assertThat(client.readResource("memory://knowledge-graph").contents()).hasSize(1);
    }
    assertThat(Files.readString(file))
        .isEqualTo("{\"type\":\"entity\",\"name\":\"Ada\",\"entityType\":\"person\",\"observations\":[]}\n");
    assertThat(ProtocolSchema.violations(wire.messages()))
        .isEmpty();
  }

  @Test
  void twoServerProcessesShareOneFileWithoutLosingWrites(@TempDir Path directory)
      throws Exception {
    Path file = directory.resolve("shared.jsonl");
    int perProcess = 40;
    try (McpClient first = connect(memory(file, "memory-1"));
        McpClient second = connect(memory(file, "memory-2"));
        ExecutorService pool = Executors.newFixedThreadPool(16)) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < perProcess; i++) {
        for (McpClient client : List.of(first, second)) {
          String name = (client == first ? "one-" : "two-") + i;
          calls.add(pool.submit(() -> {
            call(client, "create_entities", "{\"entities\": [{\"name\": \"" + name
                + "\", \"entityType\": \"t\", \"observations\": [\"born\"]}]}");
            CallToolResult added = call(client, "add_observations", "{\"observations\": "
                + "[{\"entityName\": \"" + name + "\", \"contents\": [\"grown\"]}]}");
            assertThat(added.isError()).as(text(added)).isNull();
            call(client, "create_relations", "{\"relations\": [{\"from\": \"" + name
                + "\", \"to\": \"hub\", \"relationType\": \"links\"}]}");
            return null;
          }));
        }
      }
      for (Future<?> call : calls) {
        call.get(5, TimeUnit.MINUTES);
      }
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4 * perProcess);
    Set<String> entities = new HashSet<>();
    int relations = 0;
    for (String line : lines) {
      JsonNode record = McpJson.mapper().readTree(line);
      if (record.path("type").asString().equals("entity")) {
        assertThat(record.path("observations").toString()).isEqualTo("[\"born\",\"grown\"]");
        entities.add(record.path("name").asString());
      } else {
        relations++;
      }
    }
    assertThat(entities).hasSize(2 * perProcess);
    assertThat(relations).isEqualTo(2 * perProcess);
    try (var files = Files.list(directory)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("shared.jsonl", "shared.jsonl.lock");
    }
  }
}
