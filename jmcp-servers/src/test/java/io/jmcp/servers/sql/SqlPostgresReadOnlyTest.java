package io.jmcp.servers.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official server's read-only bypass ({@code COMMIT; DROP ...}) and its relatives, against a
 * real PostgreSQL. Each attack is first run through the naive implementation it defeats, over a
 * plain JDBC connection, to show that it destroys data there; then through the sql server, where
 * it must fail and leave the database exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlPostgresReadOnlyTest {

  /** The naive servers: what each one does with the text it is given. */
  enum Naive {
    /** The official server before its fix: BEGIN READ ONLY, the whole text, COMMIT. */
    READ_ONLY_TRANSACTION,
    /** The same, with the session's default read-only as well. */
    READ_ONLY_SESSION,
    /** No read-only at all: the text on a plain auto-committing connection. */
    PLAIN,
    /** A read-only transaction, as a superuser. */
    SUPERUSER_READ_ONLY
  }

  private TestPostgres.Database database;
  private SqlDatabase sql;
  private McpServer server;
  private TestConnection connection;
  private McpClient client;

  @BeforeAll
  void start() throws SQLException {
    database = TestPostgres.get().createDatabase();
    PostgresFixture.reset(database);
    sql = SqlDatabase.open(SqlOptions.defaults().withUrl(database.url()));
    server = SqlServer.create(sql);
    connection = McpTestKit.open(server, builder -> builder);
    client = connection.client();
  }

  @AfterAll
  void stop() {
    if (connection != null) {
      assertThat(connection.schemaViolations()).isEmpty();
      connection.close();
      server.close();
      sql.close();
    }
    if (database != null) {
      database.drop();
    }
  }

  @BeforeEach
  void reset() throws SQLException {
    PostgresFixture.reset(database);
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
        // The official server's bypass, and the other ways to end its transaction early.
        Arguments.of("SELECT 1; COMMIT; DROP TABLE accounts CASCADE", Naive.READ_ONLY_TRANSACTION),
        Arguments.of("COMMIT; DROP TABLE accounts CASCADE", Naive.READ_ONLY_TRANSACTION),
        Arguments.of("END; DROP TABLE accounts CASCADE", Naive.READ_ONLY_TRANSACTION),
        Arguments.of("ROLLBACK; DELETE FROM accounts", Naive.READ_ONLY_TRANSACTION),
        Arguments.of("ABORT; UPDATE accounts SET balance = 0", Naive.READ_ONLY_TRANSACTION),
        Arguments.of("COMMIT; TRUNCATE accounts", Naive.READ_ONLY_TRANSACTION),
        // Making the transaction, or the next ones, read-write.
        Arguments.of("SET TRANSACTION READ WRITE; DELETE FROM accounts",
            Naive.READ_ONLY_TRANSACTION),
        Arguments.of("SET default_transaction_read_only = off; COMMIT; DELETE FROM accounts",
            Naive.READ_ONLY_SESSION),
        Arguments.of("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; COMMIT; "
            + "INSERT INTO audit (note) VALUES ('pwned')", Naive.READ_ONLY_SESSION),
        // Single statements that write: through functions, sequences, CTEs, procedures.
        Arguments.of("SELECT nextval('invoice_numbers')", Naive.PLAIN),
        Arguments.of("SELECT setval('invoice_numbers', 42)", Naive.PLAIN),
        Arguments.of("WITH gone AS (DELETE FROM accounts RETURNING *) SELECT count(*) FROM gone",
            Naive.PLAIN),
        Arguments.of("SELECT wipe_accounts()", Naive.PLAIN),
        Arguments.of("CALL commit_then_wipe()", Naive.PLAIN),
        Arguments.of("DO $$ BEGIN COMMIT; DELETE FROM accounts; END $$", Naive.PLAIN),
        Arguments.of("PREPARE wipe AS DELETE FROM accounts; EXECUTE wipe", Naive.PLAIN),
        Arguments.of("UPDATE accounts SET balance = balance * 2 RETURNING *", Naive.PLAIN),
        Arguments.of("INSERT INTO audit (note) VALUES ('pwned')", Naive.PLAIN),
        Arguments.of("DELETE FROM accounts", Naive.PLAIN),
        Arguments.of("DROP TABLE accounts CASCADE", Naive.PLAIN),
        Arguments.of("ALTER TABLE accounts DROP COLUMN active", Naive.PLAIN),
        Arguments.of("CREATE TABLE extra (id integer)", Naive.PLAIN),
        // A program on the database server: no read-only transaction stops a superuser.
        Arguments.of("COPY (SELECT 1) TO PROGRAM 'cat > /dev/null'", Naive.SUPERUSER_READ_ONLY));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("attacks")
  void anAttackThatDestroysDataOnANaiveServerFailsHere(String attack, Naive naive)
      throws SQLException {
    String intact = PostgresFixture.fingerprint(database);
    boolean naiveSucceeded = runNaively(naive, attack);
    if (naive == Naive.SUPERUSER_READ_ONLY) {
      assertThat(naiveSucceeded).as("a superuser runs a program despite BEGIN READ ONLY")
          .isTrue();
    } else {
      assertThat(PostgresFixture.fingerprint(database)).as("the naive server lost data")
          .isNotEqualTo(intact);
    }

    PostgresFixture.reset(database);
    CallToolResult result = query(attack);
    assertThat(result.failed()).as(text(result)).isTrue();
    assertThat(text(result)).startsWith("Error: ");
    assertThat(PostgresFixture.fingerprint(database)).isEqualTo(intact);
  }

  static Stream<Arguments> twoCallAttacks() {
    return Stream.of(
        Arguments.of("SELECT set_config('default_transaction_read_only', 'off', false)"),
        Arguments.of("SET default_transaction_read_only = off"),
        Arguments.of("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"));
  }

  /**
   * A first call that loosens the session for the second. It defeats a naive server that keeps
   * one session with {@code default_transaction_read_only} on and auto-commits each call; here
   * every call has a session of its own and every transaction is rolled back.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("twoCallAttacks")
  void nothingAStatementSetsOutlivesItsCall(String loosen) throws SQLException {
    String intact = PostgresFixture.fingerprint(database);
    try (Connection naive = TestPostgres.get().connect(database.url()
        + "&options=-c%20default_transaction_read_only%3Don");
        Statement statement = naive.createStatement()) {
      statement.execute(loosen);
      statement.execute("DELETE FROM accounts");
    }
    assertThat(PostgresFixture.fingerprint(database)).as("the naive server lost data")
        .isNotEqualTo(intact);

    PostgresFixture.reset(database);
    query(loosen);
    CallToolResult delete = query("DELETE FROM accounts");
    assertThat(delete.failed()).isTrue();
    assertThat(text(delete)).contains("read-only transaction").contains("this server is read-only");
    assertThat(PostgresFixture.fingerprint(database)).isEqualTo(intact);
  }

  @Test
  void aSimpleProtocolModeInTheUrlIsOverridden() throws SQLException {
    // With preferQueryMode=simple pgjdbc would send the whole text as one simple query, which the
    // server runs statement by statement; the server forces the extended protocol.
    String intact = PostgresFixture.fingerprint(database);
    try (SqlDatabase simple = SqlDatabase.open(SqlOptions.defaults()
        .withUrl(database.url() + "&preferQueryMode=simple&readOnly=false"));
        McpClient other = McpTestKit.connect(SqlServer.create(simple))) {
      CallToolResult result = other.callTool("query",
          Map.of("sql", "SELECT 1; COMMIT; DROP TABLE accounts"));
      assertThat(result.failed()).isTrue();
      assertThat(text(other.callTool("query", Map.of("sql", "DELETE FROM accounts"))))
          .contains("read-only transaction");
    }
    assertThat(PostgresFixture.fingerprint(database)).isEqualTo(intact);
  }

  @Test
  void severalStatementsAreCountedByTheDriversParserNotByLookingForSemicolons() {
    assertThat(text(query("SELECT 1 AS a; SELECT 2 AS b"))).contains("Refused")
        .contains("2 statements");
    assertThat(query("SELECT ';' AS semicolon").failed()).isFalse();
    assertThat(query("SELECT $$ ; DROP TABLE accounts; $$ AS text").failed()).isFalse();
    assertThat(query("SELECT 1 AS one -- a comment").failed()).isFalse();
    // After the last semicolon, the driver sends even a comment as a statement of its own.
    assertThat(text(query("SELECT 1 AS one; -- a trailing comment"))).contains("Refused");
    assertThat(query("SELECT 1 AS one;").failed()).isFalse();
    assertThat(query("SELECT '{\"a\":1}'::jsonb ? 'a' AS has_a").failed()).isFalse();
  }

  @Test
  void aSuperuserIsRefusedUnlessAllowed() throws SQLException {
    SQLException refused = catchThrowableOfType(SQLException.class,
        () -> SqlDatabase.open(SqlOptions.defaults().withUrl(database.adminUrl())));
    assertThat(refused.getMessage()).contains("superuser").contains("--allow-superuser")
        .contains("COPY ... TO PROGRAM");
    try (SqlDatabase allowed = SqlDatabase.open(SqlOptions.defaults()
        .withUrl(database.adminUrl()).withAllowSuperuser(true))) {
      assertThat(allowed.tables()).contains("accounts");
    }
  }

  private CallToolResult query(String sqlText) {
    return client.callTool("query", Map.of("sql", sqlText));
  }

  private static String text(CallToolResult result) {
    return result.content().stream().map(block -> ((TextContent) block).text())
        .collect(Collectors.joining("\n"));
  }

  /** Runs {@code sqlText} as {@code naive} would; whether it reported success. */
  private boolean runNaively(Naive naive, String sqlText) {
    String url = switch (naive) {
      case SUPERUSER_READ_ONLY -> database.adminUrl();
      case READ_ONLY_SESSION -> database.url() + "&options=-c%20default_transaction_read_only%3Don";
      case READ_ONLY_TRANSACTION, PLAIN -> database.url();
    };
    try (Connection plain = TestPostgres.get().connect(url)) {
      if (naive != Naive.PLAIN) {
        plain.setAutoCommit(false);
        plain.setReadOnly(true);
      }
      try (Statement statement = plain.createStatement()) {
        statement.execute(sqlText);
      }
      if (!plain.getAutoCommit()) {
        plain.commit();
      }
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
