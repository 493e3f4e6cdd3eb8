package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.servers.sql.TestPostgres;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ./jmcp server sql} as a real child process over stdio: the sample database (no URL) and
 * a real PostgreSQL, every tool, every resource and the template, every message checked against
 * the schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlServerEndToEndTest {

  private TestPostgres.Database database;

  @BeforeAll
  void createDatabase() throws SQLException {
    database = TestPostgres.get().createDatabase();
    database.execute(
        "CREATE TABLE planets (id integer PRIMARY KEY, name text NOT NULL, moons integer)",
        "INSERT INTO planets VALUES (1, 'Mercury', 0), (2, 'Venus', 0), (3, 'Earth', 1), "
            + "(4, 'Mars', 2)",
        "CREATE VIEW moony AS SELECT name FROM planets WHERE moons > 0");
  }

  @AfterAll
  void dropDatabase() {
    if (database != null) {
      database.drop();
    }
  }

  private static StdioClientTransport.Builder jmcp(String... args) {
    List<String> arguments = new java.util.ArrayList<>(List.of("server", "sql"));
    arguments.addAll(List.of(args));
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString())
        .args(arguments).name("jmcp-sql");
  }

  private static String text(CallToolResult result) {
    return result.content().stream().map(block -> ((TextContent) block).text())
        .collect(Collectors.joining("\n"));
  }

  /** Lists and uses everything the server offers: the tool, each resource, the template. */
  private static void walk(McpClient client, String sql, String expectedRow) {
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("query");
    CallToolResult rows = client.callTool("query", Map.of("sql", sql));
    assertThat(rows.failed()).as(text(rows)).isFalse();
    assertThat(text(rows)).contains(expectedRow);
    CallToolResult write = client.callTool("query", Map.of("sql", "SELECT 1; COMMIT; DELETE FROM "
        + "planets"));
    assertThat(write.failed()).isTrue();

    List<Resource> resources = client.listResources();
    assertThat(resources).isNotEmpty();
    for (Resource resource : resources) {
      TextResourceContents contents = (TextResourceContents) client.readResource(resource.uri())
          .contents().getFirst();
      assertThat(McpJson.mapper().readTree(contents.text()).get(0).has("column_name")).isTrue();
    }
    List<ResourceTemplate> templates = client.listResourceTemplates();
    assertThat(templates).hasSize(1);
    String template = templates.getFirst().uriTemplate();
    String first = resources.getFirst().uri();
    String table = first.substring(template.indexOf("{table}"),
        first.length() - "/schema".length());
    assertThat(client.complete(ResourceTemplateReference.of(template), "table",
        table.substring(0, 1), Map.of()).values()).contains(table);
  }

  @Test
  void theSampleDatabaseOutOfTheBox() {
    WireRecorder wire = new WireRecorder(jmcp().build());
    try (McpClient client = McpClient.builder(Implementation.of("sql-e2e", "1.0")).connect(wire)) {
      walk(client, "SELECT title FROM books WHERE id = 4", "\"title\": \"Moby-Dick\"");
      assertThat(client.listResources()).extracting(Resource::uri)
          .contains("h2://sample/books/schema", "h2://sample/book_sales/schema");
      assertThat(client.instructions()).contains("bookshop");
    }
    assertThat(ProtocolSchema.violations(wire.messages()))
        .isEmpty();
  }

  @Test
  void aRealPostgresByUrl() {
    WireRecorder wire = new WireRecorder(jmcp(database.url()).build());
    try (McpClient client = McpClient.builder(Implementation.of("sql-e2e", "1.0")).connect(wire)) {
      walk(client, "SELECT name, moons FROM planets ORDER BY moons DESC LIMIT 1",
          "\"name\": \"Mars\"");
      assertThat(client.listResources()).extracting(Resource::name)
          .containsExactly("\"moony\" database schema", "\"planets\" database schema");
    }
    assertThat(ProtocolSchema.violations(wire.messages()))
        .isEmpty();
  }

  @Test
  void credentialsFromTheEnvironment() {
    List<String> stderr = new CopyOnWriteArrayList<>();
    try (McpClient client = McpClient.builder(Implementation.of("sql-e2e", "1.0"))
        .connect(jmcp(database.urlWithoutCredentials(), "--password-env", "SQL_E2E_SECRET")
            .env("PGUSER", database.user()).env("SQL_E2E_SECRET", database.password())
            .stderr(stderr::add).build())) {
      CallToolResult count = client.callTool("query",
          Map.of("sql", "SELECT count(*) AS planets FROM planets"));
      assertThat(text(count)).contains("\"planets\": 4");
    }
    assertThat(String.join("\n", stderr)).contains("serving PostgreSQL")
        .doesNotContain(database.password());
  }

  @Test
  void aSuperuserIsRefusedWithAClearMessage() {
    CommandResult refused = NodeTools.run(List.of(
        NodeTools.repositoryRoot().resolve("jmcp").toString(), "server", "sql",
        database.adminUrl()), java.time.Duration.ofMinutes(2));
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.stderr()).contains("Refused to connect as a superuser")
        .contains("--allow-superuser");
    assertThat(refused.stdout()).isEmpty();
  }
}
