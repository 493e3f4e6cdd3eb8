package io.jmcp.servers.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.CachedQuery;
import org.postgresql.core.Query;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * PostgreSQL through the pgjdbc driver. Every session is read-only three times over: the session
 * default ({@code default_transaction_read_only}), the JDBC read-only flag (pgjdbc then opens
 * each transaction with {@code BEGIN READ ONLY}), and a check of {@code transaction_read_only}
 * before the statement runs. A read-only transaction cannot be made read-write once it has run a
 * query, and it is always rolled back; what remains is to stop a statement from ending it, so a
 * text is refused unless pgjdbc's own parser finds exactly one statement in it. Each piece pgjdbc
 * sends is a Parse message of the extended protocol, which the server refuses if it holds more
 * than one command, so the server checks the count too.
 */
final class PostgresDialect implements Dialect {

  private final DatabaseTarget target;
  private final Properties properties = new Properties();
  private final org.postgresql.Driver driver = new org.postgresql.Driver();

  PostgresDialect(DatabaseTarget target, Duration timeout) {
    this.target = target;
    properties.putAll(target.properties());
    properties.putIfAbsent("ApplicationName", "jmcp-sql");
    properties.putIfAbsent("connectTimeout", "10");
    // Forced, whatever the URL said: the extended protocol (the simple protocol runs every
    // statement of a text), read-only transactions, no automatic savepoints.
    properties.setProperty("preferQueryMode", "extended");
    properties.setProperty("readOnly", "true");
    properties.setProperty("readOnlyMode", "transaction");
    properties.setProperty("autosave", "never");
    long idleMillis = timeout.toMillis() + Duration.ofMinutes(1).toMillis();
    String userOptions = target.properties().getOrDefault("options", "").strip();
    properties.setProperty("options", (userOptions.isEmpty() ? "" : userOptions + " ")
        + "-c default_transaction_read_only=on"
        + " -c idle_in_transaction_session_timeout=" + idleMillis);
  }

  @Override
  public DatabaseTarget target() {
    return target;
  }

  @Override
  public Connection connect() throws SQLException {
    Connection connection = driver.connect(target.jdbcUrl(), properties);
    if (connection == null) {
      throw new SQLException("The PostgreSQL driver does not accept " + target.jdbcUrl());
    }
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      if (connection.unwrap(PGConnection.class).getPreferQueryMode() != PreferQueryMode.EXTENDED) {
        throw new SQLException("The connection does not use the extended query protocol");
      }
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void requireOneStatement(Connection connection, String sql) throws SQLException {
    // The same parse Statement.execute(sql) does without escape processing: one query, or a
    // composite of the statements pgjdbc would send one after the other.
    CachedQuery parsed = connection.unwrap(BaseConnection.class).getQueryExecutor()
        .createQuery(sql, false, false);
    Query[] statements = parsed.query.getSubqueries();
    if (statements != null && statements.length > 1) {
      throw Dialect.severalStatements(statements.length + " statements as the driver splits "
          + "it (even a comment after the last semicolon counts as one)");
    }
  }

  @Override
  public void beginReadOnly(Connection connection, Duration timeout) throws SQLException {
    String millis = Long.toString(timeout.toMillis());
    // The first statement of the transaction: pgjdbc sends BEGIN READ ONLY before it.
    try (PreparedStatement begin = connection.prepareStatement(
        "SELECT set_config('statement_timeout', ?, true), set_config('lock_timeout', ?, true), "
            + "current_setting('transaction_read_only')")) {
      begin.setString(1, millis);
      begin.setString(2, millis);
      try (ResultSet result = begin.executeQuery()) {
        if (!result.next() || !"on".equals(result.getString(3))) {
          throw new SQLException("Refused: the transaction is not read-only");
        }
      }
    }
  }

  @Override
  public boolean isPrivileged(Connection connection) throws SQLException {
    try (PreparedStatement check = connection.prepareStatement(
        "SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_roles p "
            + "WHERE p.rolname IN ('pg_execute_server_program', 'pg_write_server_files') "
            + "AND pg_has_role(current_user, p.oid, 'MEMBER')) "
            + "FROM pg_roles r WHERE r.rolname = current_user");
        ResultSet result = check.executeQuery()) {
      return result.next() && result.getBoolean(1);
    }
  }

  @Override
  public String privilegedRoleName() {
    return "a superuser or a member of pg_execute_server_program or pg_write_server_files, which "
        + "can run programs and write files on the server (COPY ... TO PROGRAM) even in a "
        + "read-only transaction";
  }

  @Override
  public String defaultSchema(Connection connection) {
    return "public";
  }

  @Override
  public void close() {
    // Nothing held: every call opens and closes its own session.
  }
}
