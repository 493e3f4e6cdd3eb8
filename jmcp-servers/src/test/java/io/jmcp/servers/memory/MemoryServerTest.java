package io.jmcp.servers.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class MemoryServerTest {

  @TempDir
  Path directory;

  private McpServer server;
  private TestConnection connection;
  private McpClient client;
  private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();

  private Path file() {
    return directory.resolve("memory.jsonl");
  }

  private void start() {
    server = MemoryServer.create(file());
    connection = McpTestKit.open(server, builder -> builder.onResourceUpdated(updates::add));
    client = connection.client();
  }

  @AfterEach
  void close() {
    if (connection != null) {
      assertThat(connection.schemaViolations()).isEmpty();
      connection.close();
      server.close();
    }
  }

  private CallToolResult call(String tool, String argumentsJson) {
    return client.callTool(tool, McpJson.mapper().readValue(argumentsJson, Map.class));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  private void seed() {
    call("create_entities", """
        {"entities": [
          {"name": "Ada", "entityType": "person", "observations": ["wrote the first program"]},
          {"name": "Babbage", "entityType": "person", "observations": ["designed engines"]},
          {"name": "Engine", "entityType": "machine", "observations": []}]}""");
    call("create_relations", """
        {"relations": [
          {"from": "Ada", "to": "Babbage", "relationType": "worked_with"},
          {"from": "Babbage", "to": "Engine", "relationType": "designed"}]}""");
  }

  @Test
  void listsTheOfficialToolsWithTheirSchemasAndHints() {
    start();
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("create_entities",
        "create_relations", "add_observations", "delete_entities", "delete_observations",
        "delete_relations", "read_graph", "search_nodes", "open_nodes");
    Tool create = tools.getFirst();
    assertThat(create.title()).isEqualTo("Create Entities");
    assertThat(create.inputSchema().toString()).isEqualTo("""
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":\
        {"entities":{"type":"array","items":{"type":"object","properties":\
        {"name":{"type":"string","description":"The name of the entity"},\
        "entityType":{"type":"string","description":"The type of the entity"},\
        "observations":{"type":"array","items":{"type":"string"},\
        "description":"An array of observation contents associated with the entity"}},\
        "required":["name","entityType","observations"]}}},"required":["entities"]}""");
    assertThat(create.outputSchema().path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(tools).allSatisfy(tool -> {
      assertThat(tool.outputSchema()).isNotNull();
      assertThat(tool.annotations().openWorldHint()).isFalse();
    });
    assertThat(tools).filteredOn(tool -> tool.annotations().readOnlyHint())
        .extracting(Tool::name).containsExactly("read_graph", "search_nodes", "open_nodes");
    assertThat(tools).filteredOn(tool -> tool.annotations().destructiveHint())
        .extracting(Tool::name)
        .containsExactly("delete_entities", "delete_observations", "delete_relations");
  }

  @Test
  void createsEntitiesAndWritesTheOfficialFormat() throws Exception {
    start();
    CallToolResult created = call("create_entities", """
        {"entities": [{"name": "Ada", "entityType": "person", "observations": ["a", "é\\u0001"]}]}""");
    assertThat(text(created)).isEqualTo("""
        [
          {
            "name": "Ada",
            "entityType": "person",
            "observations": [
              "a",
              "é\\u0001"
            ]
          }
        ]""");
    assertThat(created.structuredContent().toString()).isEqualTo(
        "{\"entities\":[{\"name\":\"Ada\",\"entityType\":\"person\",\"observations\":[\"a\",\"é\\u0001\"]}]}");
    assertThat(Files.readString(file())).isEqualTo(
        "{\"type\":\"entity\",\"name\":\"Ada\",\"entityType\":\"person\",\"observations\":[\"a\",\"é\\u0001\"]}\n");

    // An existing name is skipped, as are duplicates within one call.
    CallToolResult again = call("create_entities", """
        {"entities": [{"name": "Ada", "entityType": "robot", "observations": []},
          {"name": "Bob", "entityType": "person", "observations": ["x", "x"]},
          {"name": "Bob", "entityType": "dog", "observations": []}]}""");
    assertThat(again.structuredContent().path("entities").toString())
        .isEqualTo("[{\"name\":\"Bob\",\"entityType\":\"person\",\"observations\":[\"x\"]}]");
    assertThat(Files.readAllLines(file())).hasSize(2);
  }

  @Test
  void relationsAreAddedOnce() throws Exception {
    start();
    seed();
    CallToolResult result = call("create_relations", """
        {"relations": [{"from": "Ada", "to": "Babbage", "relationType": "worked_with"},
          {"from": "Ada", "to": "Engine", "relationType": "programmed"},
          {"from": "Ada", "to": "Engine", "relationType": "programmed"}]}""");
    assertThat(text(result)).isEqualTo("""
        [
          {
            "from": "Ada",
            "to": "Engine",
            "relationType": "programmed"
          }
        ]""");
    assertThat(Files.readAllLines(file())).endsWith(
        "{\"type\":\"relation\",\"from\":\"Ada\",\"to\":\"Engine\",\"relationType\":\"programmed\"}");
  }

  @Test
  void addsOnlyNewObservations() {
    start();
    seed();
    CallToolResult result = call("add_observations", """
        {"observations": [{"entityName": "Ada", "contents": ["wrote the first program", "a poet's daughter"]},
          {"entityName": "Engine", "contents": ["analytical", "analytical"]}]}""");
    assertThat(result.structuredContent().toString()).isEqualTo("{\"results\":["
        + "{\"entityName\":\"Ada\",\"addedObservations\":[\"a poet's daughter\"]},"
        + "{\"entityName\":\"Engine\",\"addedObservations\":[\"analytical\"]}]}");
    assertThat(text(result)).startsWith("[\n  {\n    \"entityName\": \"Ada\",");
  }

  @Test
  void observationsForAnUnknownEntityFailAndChangeNothing() throws Exception {
    start();
    seed();
    String before = Files.readString(file());
    CallToolResult result = call("add_observations", """
        {"observations": [{"entityName": "Ada", "contents": ["new"]},
          {"entityName": "Nobody", "contents": ["x"]}]}""");
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).isEqualTo("Entity with name Nobody not found");
    assertThat(Files.readString(file())).isEqualTo(before);
  }

  @Test
  void deletesEntitiesWithTheirRelations() {
    start();
    seed();
    CallToolResult result = call("delete_entities", "{\"entityNames\": [\"Babbage\", \"Nobody\"]}");
    assertThat(text(result)).isEqualTo("Entities deleted successfully");
    assertThat(result.structuredContent().toString())
        .isEqualTo("{\"success\":true,\"message\":\"Entities deleted successfully\"}");
    JsonNode graph = call("read_graph", "{}").structuredContent();
    assertThat(graph.path("entities").findValuesAsString("name")).containsExactly("Ada", "Engine");
    assertThat(graph.path("relations").isEmpty()).isTrue();
  }

  @Test
  void deletesObservationsAndRelations() {
    start();
    seed();
    assertThat(text(call("delete_observations", """
        {"deletions": [{"entityName": "Ada", "observations": ["wrote the first program"]},
          {"entityName": "Nobody", "observations": ["x"]}]}""")))
        .isEqualTo("Observations deleted successfully");
    assertThat(text(call("delete_relations", """
        {"relations": [{"from": "Ada", "to": "Babbage", "relationType": "worked_with"}]}""")))
        .isEqualTo("Relations deleted successfully");
    JsonNode graph = call("read_graph", "{}").structuredContent();
    assertThat(graph.path("entities").get(0).path("observations").isEmpty()).isTrue();
    assertThat(graph.path("relations").findValuesAsString("relationType"))
        .containsExactly("designed");
  }

  @Test
  void searchIgnoresCaseAndBringsRelationsAtEitherEnd() {
    start();
    seed();
    JsonNode found = call("search_nodes", "{\"query\": \"ENGINES\"}").structuredContent();
    assertThat(found.path("entities").findValuesAsString("name")).containsExactly("Babbage");
    assertThat(found.path("relations").findValuesAsString("relationType"))
        .containsExactly("worked_with", "designed");
    JsonNode byType = call("search_nodes", "{\"query\": \"machine\"}").structuredContent();
    assertThat(byType.path("entities").findValuesAsString("name")).containsExactly("Engine");
  }

  @Test
  void openNodesReturnsTheNamedEntitiesAndTheirRelations() {
    start();
    seed();
    CallToolResult result = call("open_nodes", "{\"names\": [\"Engine\", \"Nobody\"]}");
    assertThat(text(result)).isEqualTo("""
        {
          "entities": [
            {
              "name": "Engine",
              "entityType": "machine",
              "observations": []
            }
          ],
          "relations": [
            {
              "from": "Babbage",
              "to": "Engine",
              "relationType": "designed"
            }
          ]
        }""");
  }

  @Test
  void anEmptyOrMissingFileIsAnEmptyGraph() {
    start();
    assertThat(text(call("read_graph", "{}")))
        .isEqualTo("{\n  \"entities\": [],\n  \"relations\": []\n}");
    assertThat(file()).doesNotExist();
  }

  @Test
  void invalidArgumentsAreAToolError() {
    start();
    CallToolResult result = call("create_entities", "{\"entities\": [{\"name\": \"A\"}]}");
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("entityType");
    assertThat(file()).doesNotExist();
  }

  @Test
  void theGraphIsAResourceAndSubscribersHearOfChanges() throws InterruptedException {
    start();
    seed();
    TextResourceContents contents = (TextResourceContents) client
        .readResource(MemoryServer.GRAPH_URI).contents().getFirst();
    assertThat(contents.mimeType()).isEqualTo("application/json");
    assertThat(McpJson.mapper().readTree(contents.text()).path("entities").size()).isEqualTo(3);
    assertThat(updates).isEmpty();

    client.subscribe(MemoryServer.GRAPH_URI);
    call("add_observations", "{\"observations\": [{\"entityName\": \"Ada\", \"contents\": [\"new\"]}]}");
    assertThat(updates.poll(30, TimeUnit.SECONDS)).isEqualTo(MemoryServer.GRAPH_URI);
    // A call that changes nothing announces nothing; the next change is announced again.
    call("add_observations", "{\"observations\": [{\"entityName\": \"Ada\", \"contents\": [\"new\"]}]}");
    call("delete_entities", "{\"entityNames\": [\"Engine\"]}");
    assertThat(updates.poll(30, TimeUnit.SECONDS)).isEqualTo(MemoryServer.GRAPH_URI);
    client.ping();
    assertThat(updates).isEmpty();
  }
}
