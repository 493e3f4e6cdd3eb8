package io.jmcp.servers.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.h2.command.CommandInterface;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.DbException;
import org.jspecify.annotations.Nullable;

/**
 * An embedded H2 database, opened read-only as a whole ({@code ACCESS_MODE_DATA=r}): H2 refuses
 * every write to it, whatever the statement, and {@code READONLY()} confirms it before each
 * statement. One connection is held for the server's lifetime so the database stays open; each
 * call gets its own session on it. Statements are counted by H2's own parser, which only an
 * embedded session exposes, so remote H2 URLs are refused.
 */
final class H2Dialect implements Dialect {

  /** H2's parser answers a text with several statements with a command of this class. */
  private static final String COMMAND_LIST = "org.h2.command.CommandList";

  private final DatabaseTarget target;
  private final Properties properties = new Properties();
  private final org.h2.Driver driver = new org.h2.Driver();
  private final Connection keeper;

  H2Dialect(DatabaseTarget target) throws SQLException {
    this.target = target;
    properties.putAll(target.properties());
    properties.setProperty("ACCESS_MODE_DATA", "r");
    if (!target.jdbcUrl().startsWith("jdbc:h2:mem:")) {
      // A mistyped path must not quietly create an empty database.
      properties.setProperty("IFEXISTS", "TRUE");
    }
    this.keeper = connect();
  }

  @Override
  public DatabaseTarget target() {
    return target;
  }

  @Override
  public Connection connect() throws SQLException {
    Connection connection = driver.connect(target.jdbcUrl(), properties);
    if (connection == null) {
      throw new SQLException("The H2 driver does not accept " + target.jdbcUrl());
    }
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      if (!(session(connection) instanceof SessionLocal)) {
        throw new SQLException("Only embedded H2 databases can be served (jdbc:h2:/path/to/db), "
            + "not remote ones (tcp:, ssl:, AUTO_SERVER): the server counts statements with "
            + "H2's own parser, which a remote session does not expose");
      }
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static Session session(Connection connection) throws SQLException {
    return connection.unwrap(JdbcConnection.class).getSession();
  }

  @Override
  public void requireOneStatement(Connection connection, String sql) throws SQLException {
    CommandInterface command;
    try {
      command = session(connection).prepareCommand(sql);
    } catch (DbException e) {
      // The engine's own exception type: the syntax error the user needs to see.
      throw e.getSQLException();
    }
    try {
      if (command.getClass().getName().equals(COMMAND_LIST)) {
        throw Dialect.severalStatements("several statements");
      }
    } finally {
      command.close();
    }
  }

  @Override
  public void beginReadOnly(Connection connection, Duration timeout) throws SQLException {
    try (Statement check = connection.createStatement();
        ResultSet result = check.executeQuery("CALL READONLY()")) {
      if (!result.next() || !result.getBoolean(1)) {
        throw new SQLException("Refused: the H2 database is not open read-only");
      }
    }
  }

  @Override
  public boolean isPrivileged(Connection connection) throws SQLException {
    try (PreparedStatement check = connection.prepareStatement(
        "SELECT is_admin FROM information_schema.users WHERE user_name = CURRENT_USER");
        ResultSet result = check.executeQuery()) {
      return result.next() && result.getBoolean(1);
    }
  }

  @Override
  public String privilegedRoleName() {
    return "an H2 admin user, who can write files (CSVWRITE, FILE_WRITE, SCRIPT TO) even on a "
        + "read-only database";
  }

  @Override
  public String defaultSchema(Connection connection) throws SQLException {
    @Nullable String schema = connection.getSchema();
    return schema == null ? "PUBLIC" : schema;
  }

  @Override
  public void close() {
    try {
      keeper.close();
    } catch (SQLException e) {
      // Closing: nothing left to do with the database.
    }
  }
}
