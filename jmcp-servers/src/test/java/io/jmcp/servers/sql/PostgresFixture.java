package io.jmcp.servers.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables the PostgreSQL tests attack, and a fingerprint of everything an attack could change:
 * the rows, the tables, a sequence, the session defaults a later call would inherit.
 */
final class PostgresFixture {

  static final String SETUP = """
      DROP TABLE IF EXISTS accounts CASCADE;
      DROP TABLE IF EXISTS audit CASCADE;
      DROP TABLE IF EXISTS extra CASCADE;
      DROP SEQUENCE IF EXISTS invoice_numbers;
      CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL,
        balance numeric(10, 2) NOT NULL, active boolean NOT NULL DEFAULT true,
        opened timestamptz NOT NULL DEFAULT '2024-01-02 03:04:05+00');
      INSERT INTO accounts (id, owner, balance) VALUES
        (1, 'ada', 100.50), (2, 'alan', 20.00), (3, 'grace', 3000.00);
      CREATE TABLE audit (id serial PRIMARY KEY, note text);
      CREATE SEQUENCE invoice_numbers;
      CREATE OR REPLACE FUNCTION wipe_accounts() RETURNS integer LANGUAGE plpgsql AS
        $$ BEGIN DELETE FROM accounts; RETURN 0; END $$;
      CREATE OR REPLACE PROCEDURE commit_then_wipe() LANGUAGE plpgsql AS
        $$ BEGIN COMMIT; DELETE FROM accounts; END $$;
      CREATE OR REPLACE VIEW rich AS SELECT owner FROM accounts WHERE balance > 1000
      """;

  private PostgresFixture() {
  }

  static void reset(TestPostgres.Database database) throws SQLException {
    database.execute(SETUP.split(";\\n"));
  }

  /** Everything an attack could have changed, as one comparable string. */
  static String fingerprint(TestPostgres.Database database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      StringBuilder state = new StringBuilder();
      append(statement, "SELECT string_agg(id || ':' || owner || ':' || balance || ':' || active,"
          + " ',' ORDER BY id) FROM accounts", state);
      append(statement, "SELECT count(*) FROM audit", state);
      append(statement, "SELECT last_value || '/' || is_called FROM invoice_numbers", state);
      append(statement, "SELECT string_agg(table_name, ',' ORDER BY table_name) "
          + "FROM information_schema.tables WHERE table_schema = 'public'", state);
      return state.toString();
    } catch (SQLException e) {
      // A dropped table is a changed database.
      return "broken: " + e.getMessage();
    }
  }

  private static void append(Statement statement, String sql, StringBuilder state)
      throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      state.append(result.getString(1)).append(" | ");
    }
  }
}
