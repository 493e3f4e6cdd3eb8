package io.jmcp.servers.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The sql server on a real PostgreSQL: results, resources, limits, credentials. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlPostgresServerTest {

  private TestPostgres.Database database;
  private SqlDatabase sql;
  private McpServer server;
  private TestConnection connection;

  @BeforeAll
  void createDatabase() throws SQLException {
    database = TestPostgres.get().createDatabase();
    PostgresFixture.reset(database);
  }

  @AfterAll
  void dropDatabase() {
    if (database != null) {
      database.drop();
    }
  }

  private McpClient start(SqlOptions options) throws SQLException {
    sql = SqlDatabase.open(options);
    server = SqlServer.create(sql);
    connection = McpTestKit.open(server, builder -> builder);
    return connection.client();
  }

  @AfterEach
  void stop() {
    if (connection != null) {
      assertThat(connection.schemaViolations()).isEmpty();
      connection.close();
      server.close();
      sql.close();
      connection = null;
    }
  }

  private static String text(CallToolResult result) {
    return result.content().stream().map(block -> ((TextContent) block).text())
        .collect(Collectors.joining("\n--\n"));
  }

  @Test
  void rowsAreTheOfficialJsonText() throws SQLException {
    McpClient client = start(SqlOptions.defaults().withUrl(database.url()));
    CallToolResult result = client.callTool("query",
        Map.of("sql", "SELECT id, owner, balance, active FROM accounts WHERE id < 3 ORDER BY id"));
    assertThat(result.failed()).isFalse();
    assertThat(text(result)).isEqualTo("""
        [
          {
            "id": 1,
            "owner": "ada",
            "balance": 100.50,
            "active": true
          },
          {
            "id": 2,
            "owner": "alan",
            "balance": 20.00,
            "active": true
          }
        ]""");
  }

  @Test
  void postgresTypesBecomeJson() throws SQLException {
    McpClient client = start(SqlOptions.defaults().withUrl(database.url()));
    JsonNode row = McpJson.mapper().readTree(text(client.callTool("query", Map.of("sql",
        "SELECT 9007199254740993::int8 AS big, 'NaN'::numeric AS nan, 1.5::float8 AS half, "
            + "opened, DATE '2024-02-29' AS day, 'infinity'::timestamp AS forever, "
            + "'{\"a\": [1, 2]}'::jsonb AS doc, ARRAY[[1, 2], [3, 4]] AS grid, "
            + "'\\x00ff'::bytea AS raw, '6a1e7d5c-0000-4000-8000-000000000001'::uuid AS id, "
            + "interval '1 day 2 hours' AS span, NULL::text AS nothing "
            + "FROM accounts WHERE id = 1")))).get(0);
    assertThat(row.get("big").longValue()).isEqualTo(9007199254740993L);
    assertThat(row.get("nan").asString()).isEqualTo("NaN");
    assertThat(row.get("half").doubleValue()).isEqualTo(1.5);
    assertThat(Instant.parse(row.get("opened").asString().replace("+00:00", "Z")))
        .isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(row.get("day").asString()).isEqualTo("2024-02-29");
    assertThat(row.get("forever").asString()).isEqualTo("infinity");
    assertThat(row.get("doc").toString()).isEqualTo("{\"a\":[1,2]}");
    assertThat(row.get("grid").toString()).isEqualTo("[[1,2],[3,4]]");
    assertThat(row.get("raw").asString()).isEqualTo("\\x00ff");
    assertThat(row.get("id").asString()).isEqualTo("6a1e7d5c-0000-4000-8000-000000000001");
    assertThat(row.get("span").asString()).isEqualTo("1 day 02:00:00");
    assertThat(row.get("nothing").isNull()).isTrue();
  }

  @Test
  void resourcesAreTheOfficialServersForTheSameUrl() throws SQLException {
    TestPostgres postgres = TestPostgres.get();
    // The official server's argument: a libpq URL with the password in it.
    String libpq = "postgresql://" + database.user() + ":" + database.password() + "@"
        + postgres.host() + ":" + postgres.port() + "/" + database.name();
    McpClient client = start(SqlOptions.defaults().withUrl(libpq));
    String base = "postgres://" + database.user() + "@" + postgres.host() + ":"
        + postgres.port() + "/";
    assertThat(client.listResources()).extracting(Resource::uri).containsExactly(
        base + "accounts/schema", base + "audit/schema", base + "rich/schema");
    Resource accounts = client.listResources().getFirst();
    assertThat(accounts.name()).isEqualTo("\"accounts\" database schema");
    assertThat(accounts.mimeType()).isEqualTo("application/json");
    TextResourceContents contents = (TextResourceContents) client.readResource(accounts.uri())
        .contents().getFirst();
    assertThat(contents.uri()).isEqualTo(accounts.uri());
    assertThat(contents.mimeType()).isEqualTo("application/json");
    assertThat(contents.text()).isEqualTo("""
        [
          {
            "column_name": "id",
            "data_type": "integer"
          },
          {
            "column_name": "owner",
            "data_type": "text"
          },
          {
            "column_name": "balance",
            "data_type": "numeric"
          },
          {
            "column_name": "active",
            "data_type": "boolean"
          },
          {
            "column_name": "opened",
            "data_type": "timestamp with time zone"
          }
        ]""");
    assertThat(client.readResource(base + "rich/schema").contents()).hasSize(1);
  }

  @Test
  void aTableCreatedLaterIsReachedThroughTheTemplateAndListedForTheNextClient()
      throws SQLException {
    McpClient client = start(SqlOptions.defaults().withUrl(database.url()));
    database.execute("CREATE TABLE \"late table\" (x integer)");
    try {
      String base = sql.resourceBase();
      assertThat(((TextResourceContents) client.readResource(base + "late%20table/schema")
          .contents().getFirst()).text()).contains("\"column_name\": \"x\"");
      try (McpClient next = McpTestKit.connect(server)) {
        next.ping();
        assertThat(next.listResources()).extracting(Resource::uri)
            .contains(base + "late%20table/schema");
      }
    } finally {
      database.execute("DROP TABLE \"late table\"");
    }
  }

  @Test
  void credentialsComeFromTheOptionsTheUrlOrTheEnvironment() throws SQLException {
    SqlOptions fromEnvironment = SqlOptions.defaults().withUrl(database.urlWithoutCredentials())
        .withEnvironment(Map.of("PGUSER", database.user(), "PGPASSWORD", database.password()));
    try (SqlDatabase opened = SqlDatabase.open(fromEnvironment)) {
      assertThat(opened.tables()).contains("accounts");
    }
    SqlOptions explicit = fromEnvironment.withEnvironment(Map.of("PGUSER", "nobody"))
        .withCredentials(database.user(), database.password());
    try (SqlDatabase opened = SqlDatabase.open(explicit)) {
      assertThat(opened.tables()).contains("accounts");
    }
    SQLException wrong = catchThrowableOfType(SQLException.class, () -> SqlDatabase.open(
        explicit.withCredentials(database.user(), "not-the-password")));
    assertThat(wrong.getMessage()).contains("authentication failed")
        .doesNotContain("not-the-password");
  }

  @Test
  void anotherSchemaCanBeListed() throws SQLException {
    database.execute("CREATE SCHEMA IF NOT EXISTS sales",
        "CREATE TABLE IF NOT EXISTS sales.invoices (id integer, total numeric)");
    McpClient client = start(SqlOptions.defaults().withUrl(database.url()).withSchema("sales"));
    assertThat(client.listResources()).extracting(Resource::name)
        .containsExactly("\"invoices\" database schema");
    assertThat(((TextResourceContents) client.readResource(sql.resourceBase()
        + "invoices/schema").contents().getFirst()).text()).contains("\"total\"");
  }

  @Test
  void aStatementPastTheTimeoutIsCancelledByTheDatabase() throws SQLException {
    McpClient client = start(SqlOptions.defaults().withUrl(database.url())
        .withLimits(100, Duration.ofSeconds(1)));
    CallToolResult result = client.callTool("query", Map.of("sql", "SELECT pg_sleep(600)"));
    assertThat(result.failed()).isTrue();
    assertThat(text(result)).contains("canceling statement due to statement timeout")
        .contains("--timeout");
    assertThat(client.callTool("query", Map.of("sql", "SELECT 1 AS alive")).failed()).isFalse();
  }

  @Test
  void aCancelledCallCancelsItsStatement() throws Exception {
    McpClient client = start(SqlOptions.defaults().withUrl(database.url()));
    String marker = "jmcp_cancel_" + System.nanoTime();
    catchThrowableOfType(JsonRpcException.class, () -> client.callTool(
        CallToolRequest.of("query", McpJson.toObject(Map.of("sql",
            "SELECT pg_sleep(600) AS " + marker))),
        CallOptions.timeout(Duration.ofSeconds(2))));
    // The client gave up and told the server; the statement must stop well before 600 s.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (running(marker) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(running(marker)).as("the statement is still running").isFalse();
  }

  private boolean running(String marker) throws SQLException {
    try (Connection admin = TestPostgres.get().connect(database.adminUrl());
        Statement statement = admin.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
            + "WHERE state = 'active' AND query LIKE '%" + marker + "%' "
            + "AND pid <> pg_backend_pid()")) {
      result.next();
      return result.getInt(1) > 0;
    }
  }

  @Test
  void rowsPastTheCapAreCutWithANote() throws SQLException {
    McpClient client = start(SqlOptions.defaults().withUrl(database.url())
        .withLimits(10, SqlOptions.DEFAULT_TIMEOUT));
    CallToolResult result = client.callTool("query",
        Map.of("sql", "SELECT g AS n FROM generate_series(1, 1000000) g"));
    assertThat(result.content()).hasSize(2);
    assertThat(McpJson.mapper().readTree(((TextContent) result.content().get(0)).text()))
        .hasSize(10);
    assertThat(((TextContent) result.content().get(1)).text())
        .startsWith("Result truncated: only the first 10 rows");
  }
}
