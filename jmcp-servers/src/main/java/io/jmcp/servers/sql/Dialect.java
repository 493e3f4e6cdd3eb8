package io.jmcp.servers.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What differs between the database engines the server speaks: how a read-only session is opened,
 * how a statement is counted (by the engine's own parser, never ours), and how a role that could
 * act outside the database is recognised.
 */
sealed interface Dialect extends AutoCloseable permits PostgresDialect, H2Dialect {

  /** The database, as parsed from the user's URL. */
  DatabaseTarget target();

  /** A new session: not auto-committing, marked read-only, on the engine's safe protocol. */
  Connection connect() throws SQLException;

  /**
   * Refuses {@code sql} unless it is exactly one statement, as the engine will split it; a second
   * statement could end the read-only transaction and run outside it.
   */
  void requireOneStatement(Connection connection, String sql) throws SQLException;

  /**
   * Opens the read-only transaction the next statement runs in, with the statement timeout, and
   * checks that the database itself reports it read-only.
   */
  void beginReadOnly(Connection connection, Duration timeout) throws SQLException;

  /** Whether the session's role can run programs or write files on the database server. */
  boolean isPrivileged(Connection connection) throws SQLException;

  /** How a privileged role is called on this engine, for the refusal message. */
  String privilegedRoleName();

  /** The schema listed when the user names none. */
  String defaultSchema(Connection connection) throws SQLException;

  @Override
  void close();

  /** The refusal of a text holding several statements. */
  static SQLException severalStatements(String count) {
    return new SQLException("Refused: the query holds " + count + ". Send one "
        + "statement per call (a second statement could leave the read-only transaction).",
        "42601");
  }
}
