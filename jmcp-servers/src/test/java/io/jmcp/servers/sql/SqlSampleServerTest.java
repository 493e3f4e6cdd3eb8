package io.jmcp.servers.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.completion.ResourceTemplateReference;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code jmcp server sql} without a URL: the sample bookshop in H2, read-only. */
class SqlSampleServerTest {

  private SqlDatabase database;
  private McpServer server;
  private TestConnection connection;
  private McpClient client;

  private void start(SqlOptions options) throws SQLException {
    database = SqlDatabase.open(options);
    server = SqlServer.create(database);
    connection = McpTestKit.open(server, builder -> builder);
    client = connection.client();
  }

  @AfterEach
  void close() {
    if (connection != null) {
      assertThat(connection.schemaViolations()).isEmpty();
      connection.close();
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  static String text(CallToolResult result) {
    return result.content().stream().map(block -> ((TextContent) block).text())
        .collect(Collectors.joining("\n--\n"));
  }

  private CallToolResult query(String sql) {
    return client.callTool("query", Map.of("sql", sql));
  }

  private int count(String table) {
    CallToolResult result = query("SELECT COUNT(*) AS n FROM " + table);
    assertThat(result.failed()).as(text(result)).isFalse();
    return McpJson.mapper().readTree(text(result)).get(0).get("n").asInt();
  }

  @Test
  void theQueryToolIsTheOfficialOne() throws SQLException {
    start(SqlOptions.defaults());
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("query");
    Tool query = tools.getFirst();
    assertThat(query.description()).startsWith("Run a read-only SQL query");
    assertThat(query.inputSchema().get("properties").get("sql").get("type").asString())
        .isEqualTo("string");
    assertThat(query.annotations().readOnlyHint()).isTrue();
    assertThat(query.annotations().destructiveHint()).isFalse();
    assertThat(client.instructions()).contains("bookshop").contains("h2://sample/{table}/schema");
  }

  @Test
  void rowsComeBackAsJsonTextLaidOutLikeTheOfficialServer() throws SQLException {
    start(SqlOptions.defaults());
    CallToolResult result = query("SELECT id, title, price FROM books WHERE id <= 2 ORDER BY id");
    assertThat(result.failed()).isFalse();
    assertThat(text(result)).isEqualTo("""
        [
          {
            "id": 1,
            "title": "Pride and Prejudice",
            "price": 9.99
          },
          {
            "id": 2,
            "title": "Emma",
            "price": 8.50
          }
        ]""");
    assertThat(text(query("SELECT * FROM books WHERE id < 0"))).isEqualTo("[]");
  }

  @Test
  void valuesKeepTheirJsonTypes() throws SQLException {
    start(SqlOptions.defaults());
    JsonNode row = McpJson.mapper().readTree(text(query("SELECT c.joined, o.ordered_at, "
        + "TRUE AS flag, NULL AS nothing, 2.5e0 AS ratio, CAST(X'0aff' AS VARBINARY) AS bytes, "
        + "ARRAY[1, 2] AS list, JSON '{\"a\": [1]}' AS doc "
        + "FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.id = 1"))).get(0);
    assertThat(row.get("joined").asString()).isEqualTo("2023-01-15");
    assertThat(row.get("ordered_at").asString()).isEqualTo("2024-01-03T10:15");
    assertThat(row.get("flag").isBoolean()).isTrue();
    assertThat(row.get("nothing").isNull()).isTrue();
    assertThat(row.get("ratio").doubleValue()).isEqualTo(2.5);
    assertThat(row.get("bytes").asString()).isEqualTo("\\x0aff");
    assertThat(row.get("list").toString()).isEqualTo("[1,2]");
    assertThat(row.get("doc").toString()).isEqualTo("{\"a\":[1]}");
  }

  @Test
  void everyTableAndViewIsAResourceWithItsColumns() throws SQLException {
    start(SqlOptions.defaults());
    List<Resource> resources = client.listResources();
    assertThat(resources).extracting(Resource::uri).containsExactly(
        "h2://sample/authors/schema", "h2://sample/book_sales/schema",
        "h2://sample/books/schema", "h2://sample/customers/schema",
        "h2://sample/order_items/schema", "h2://sample/orders/schema");
    assertThat(resources.getFirst().name()).isEqualTo("\"authors\" database schema");
    assertThat(resources).allSatisfy(resource ->
        assertThat(resource.mimeType()).isEqualTo("application/json"));

    TextResourceContents authors = (TextResourceContents) client
        .readResource("h2://sample/authors/schema").contents().getFirst();
    assertThat(authors.mimeType()).isEqualTo("application/json");
    assertThat(authors.text()).isEqualTo("""
        [
          {
            "column_name": "id",
            "data_type": "integer"
          },
          {
            "column_name": "name",
            "data_type": "character varying"
          },
          {
            "column_name": "born",
            "data_type": "integer"
          },
          {
            "column_name": "country",
            "data_type": "character varying"
          }
        ]""");
  }

  @Test
  void theTemplateReadsAnyTableCompletesNamesAndRefusesUnknownOnes() throws SQLException {
    start(SqlOptions.defaults());
    assertThat(client.listResourceTemplates()).extracting(ResourceTemplate::uriTemplate)
        .containsExactly("h2://sample/{table}/schema");
    assertThat(client.complete(ResourceTemplateReference.of("h2://sample/{table}/schema"),
        "table", "ord", Map.of()).values()).containsExactly("order_items", "orders");
    JsonRpcException missing = catchThrowableOfType(JsonRpcException.class,
        () -> client.readResource("h2://sample/no_such_table/schema"));
    // -32002 for a handshake client, invalid params in 2026-07-28.
    assertThat(missing.code()).isEqualTo(client.isStateless() ? ErrorCodes.INVALID_PARAMS
        : ErrorCodes.RESOURCE_NOT_FOUND);
    assertThat(missing.getMessage()).contains("no_such_table");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "DELETE FROM books",
      "UPDATE books SET price = 0",
      "INSERT INTO authors VALUES (99, 'Nobody', 2000, 'Nowhere')",
      "DROP TABLE order_items",
      "TRUNCATE TABLE order_items",
      "CREATE TABLE extra (id INT)",
      "ALTER TABLE books ADD COLUMN extra INT",
      "MERGE INTO books USING (VALUES 1) v(x) ON books.id = v.x WHEN MATCHED THEN DELETE",
      "CALL CSVWRITE('/tmp/jmcp-sql-sample.csv', 'SELECT * FROM customers')",
      "SELECT FILE_WRITE(X'00', '/tmp/jmcp-sql-sample.bin')",
      "SCRIPT TO '/tmp/jmcp-sql-sample.sql'",
      "SHUTDOWN",
      "CREATE ALIAS EXEC FOR 'java.lang.Runtime.exec'"})
  void writesAreRefusedByTheDatabase(String sql) throws SQLException {
    start(SqlOptions.defaults());
    CallToolResult result = query(sql);
    assertThat(result.failed()).as(text(result)).isTrue();
    assertThat(text(result)).startsWith("Error: ").containsAnyOf("read only", "Admin rights",
        "Not enough rights");
    assertThat(count("books")).isEqualTo(11);
    assertThat(count("order_items")).isEqualTo(14);
    assertThat(Path.of("/tmp/jmcp-sql-sample.csv")).doesNotExist();
    assertThat(Path.of("/tmp/jmcp-sql-sample.bin")).doesNotExist();
  }

  @Test
  void severalStatementsAreRefusedBeforeAnyRuns() throws SQLException {
    start(SqlOptions.defaults());
    CallToolResult result = query("SELECT 1; SET QUERY_TIMEOUT 0");
    assertThat(result.failed()).isTrue();
    assertThat(text(result)).contains("Refused").contains("one statement per call");
    assertThat(query("SELECT 1 AS one;").failed()).isFalse();
    assertThat(query("SELECT 1 AS one; -- done").failed()).isFalse();
  }

  @Test
  void aStatementThatRunsTooLongIsCancelled() throws SQLException {
    start(SqlOptions.defaults().withLimits(100, Duration.ofSeconds(1)));
    CallToolResult result = query("SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) a, "
        + "SYSTEM_RANGE(1, 100000) b, SYSTEM_RANGE(1, 100000) c");
    assertThat(result.failed()).isTrue();
    assertThat(text(result)).contains("canceled").contains("--timeout");
  }

  @Test
  void rowsPastTheCapAreCutWithANote() throws SQLException {
    start(SqlOptions.defaults().withLimits(3, SqlOptions.DEFAULT_TIMEOUT));
    CallToolResult result = query("SELECT id FROM books ORDER BY id");
    assertThat(result.failed()).isFalse();
    assertThat(result.content()).hasSize(2);
    assertThat(McpJson.mapper().readTree(((TextContent) result.content().get(0)).text()))
        .hasSize(3);
    assertThat(((TextContent) result.content().get(1)).text())
        .startsWith("Result truncated: only the first 3 rows");
    assertThat(query("SELECT id FROM books WHERE id <= 3").content()).hasSize(1);
  }

  @Test
  void badInputGetsAClearError() throws SQLException {
    start(SqlOptions.defaults());
    assertThat(text(query("   "))).contains("empty");
    assertThat(text(query("SELEKT 1"))).startsWith("Error: ").contains("Syntax error");
    CallToolResult missing = client.callTool("query", Map.of());
    assertThat(missing.failed()).isTrue();
    assertThat(text(missing)).contains("sql");
  }

  @Test
  void closingRemovesTheSampleFiles() throws SQLException {
    SqlDatabase sample = SqlDatabase.open(SqlOptions.defaults());
    Path directory = ((H2Dialect) sample.dialect()).target().jdbcUrl().transform(url ->
        Path.of(url.substring("jdbc:h2:".length())).getParent());
    assertThat(directory).isDirectory();
    sample.close();
    assertThat(Files.exists(directory)).isFalse();
  }
}
