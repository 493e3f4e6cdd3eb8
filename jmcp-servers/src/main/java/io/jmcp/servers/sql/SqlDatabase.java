package io.jmcp.servers.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The database a sql server reads: PostgreSQL or H2 at the options' URL, or the sample
 * database. Every read happens in a session of its own, in a read-only transaction that is
 * always rolled back, and the session is closed after it, so nothing a statement changes in the
 * session outlives the call.
 */
public final class SqlDatabase implements AutoCloseable {

  /** Work done with a session in a read-only transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A column of a table, as the resources describe it. */
  record Column(String name, String dataType) {
  }

  private final Dialect dialect;
  private final SqlOptions options;
  private final String schema;
  private final @Nullable SampleDatabase sample;

  private SqlDatabase(Dialect dialect, SqlOptions options, @Nullable SampleDatabase sample)
      throws SQLException {
    this.dialect = dialect;
    this.options = options;
    this.sample = sample;
    this.schema = inReadOnlyTransaction(null, connection -> {
      if (!options.allowSuperuser() && dialect.isPrivileged(connection)) {
        throw new SQLException("Refused to connect as " + dialect.privilegedRoleName()
            + ". Connect as a role that may only read (GRANT SELECT), or pass "
            + "--allow-superuser to accept that risk.");
      }
      return options.schema() != null ? options.schema() : dialect.defaultSchema(connection);
    });
  }

  /**
   * Connects to the database the options name (the sample database when they name none), checks
   * the role may not act outside the database, and returns it ready to read.
   *
   * @throws SQLException if the database cannot be reached or the role is refused
   * @throws IllegalArgumentException if the URL is not one this server speaks
   */
  public static SqlDatabase open(SqlOptions options) throws SQLException {
    String url = options.url();
    if (url != null) {
      return open(options, DatabaseTarget.parse(url, options.user(), options.password(),
          options.environment()), null);
    }
    SampleDatabase sample = SampleDatabase.create();
    try {
      return open(options,
          DatabaseTarget.parse(sample.url(), sample.user(), sample.password(), Map.of()), sample);
    } catch (SQLException | RuntimeException e) {
      sample.delete();
      throw e;
    }
  }

  private static SqlDatabase open(SqlOptions options, DatabaseTarget target,
      @Nullable SampleDatabase sample) throws SQLException {
    Dialect dialect = switch (target.engine()) {
      case POSTGRESQL -> new PostgresDialect(target, options.timeout());
      case H2 -> new H2Dialect(target);
    };
    try {
      return new SqlDatabase(dialect, options, sample);
    } catch (SQLException | RuntimeException e) {
      dialect.close();
      throw e;
    }
  }

  /** Which database this is, without credentials. */
  public String describe() {
    return sample != null ? "the sample bookshop database (H2)"
        : dialect.target().describe();
  }

  /** The URI the table resources live under, ending with {@code /}. */
  public String resourceBase() {
    return dialect.target().resourceBase();
  }

  /** The schema whose tables are listed. */
  public String schema() {
    return schema;
  }

  public SqlOptions options() {
    return options;
  }

  Dialect dialect() {
    return dialect;
  }

  boolean isSample() {
    return sample != null;
  }

  /**
   * Runs {@code work} in a new session, in a read-only transaction that is rolled back after it.
   * If {@code userSql} is given, it is refused first unless the engine's parser finds it to be one
   * statement.
   */
  <T> T inReadOnlyTransaction(@Nullable String userSql, Work<T> work) throws SQLException {
    try (Connection connection = dialect.connect()) {
      if (userSql != null) {
        dialect.requireOneStatement(connection, userSql);
      }
      try {
        dialect.beginReadOnly(connection, options.timeout());
        return work.run(connection);
      } finally {
        rollback(connection);
      }
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The session is closed next, which ends any transaction left.
    }
  }

  /** The tables and views of the schema, by name. */
  List<String> tables() throws SQLException {
    return inReadOnlyTransaction(null, connection -> {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
              + "ORDER BY table_name")) {
        statement.setString(1, schema);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            tables.add(result.getString(1));
          }
        }
      }
      return tables;
    });
  }

  /** The columns of {@code table} in order, or {@code null} if the schema has no such table. */
  @Nullable List<Column> columns(String table) throws SQLException {
    return inReadOnlyTransaction(null, connection -> {
      List<Column> columns = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT column_name, data_type FROM information_schema.columns "
              + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
        statement.setString(1, schema);
        statement.setString(2, table);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            columns.add(new Column(result.getString(1), result.getString(2)));
          }
        }
      }
      return columns.isEmpty() ? null : columns;
    });
  }

  @Override
  public void close() {
    dialect.close();
    if (sample != null) {
      sample.delete();
    }
  }

  @Override
  public String toString() {
    return "SqlDatabase[" + describe() + ", schema " + schema + "]";
  }
}
