package io.jmcp.servers.sql;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * jmcp's sql server: the official (archived) PostgreSQL server's {@code query} tool and table
 * schema resources, over PostgreSQL or H2, with read-only enforced by the database rather than by
 * reading the SQL: each statement runs alone, in a fresh session, in a read-only transaction
 * that is always rolled back, under a timeout, with a row cap.
 *
 * <pre>{@code
 * try (SqlDatabase database = SqlDatabase.open(SqlOptions.defaults().withUrl(url))) {
 *   SqlServer.create(database).serve(new StdioServerTransport());
 * }
 * }</pre>
 */
public final class SqlServer {

  private SqlServer() {
  }

  /** A server reading {@code database}; close the database after the server. */
  public static McpServer create(SqlDatabase database) throws SQLException {
    TableResources resources = new TableResources(database);
    AtomicReference<McpServer> server = new AtomicReference<>();
    String version = SqlServer.class.getPackage().getImplementationVersion();
    McpServerBuilder builder = McpServer.builder(
            Implementation.of("jmcp-sql", version == null ? "dev" : version)
                .withTitle("jmcp SQL server")
                .withDescription("Read-only SQL over PostgreSQL or H2"))
        .instructions(instructions(database, resources))
        .tool(QueryTool.create(database))
        // Every listing shows the tables there are now, not those there were at start.
        .beforeListingResources(context -> refresh(resources, server.get()));
    resources.register(builder);
    server.set(builder.build());
    return server.get();
  }

  private static void refresh(TableResources resources, McpServer server) {
    try {
      resources.refresh(server);
    } catch (SQLException e) {
      // The list stays as it was; reading a table reports the error to the client.
    }
  }

  private static String instructions(SqlDatabase database, TableResources resources) {
    return "Read-only SQL access to " + database.describe() + ". Run one SQL statement per "
        + "call with the query tool; writes are refused by the database. The tables and views "
        + "of schema " + database.schema() + " are resources " + resources.uriTemplate()
        + " (their columns and data types)."
        + (database.isSample() ? " The sample database is a small bookshop: authors, books, "
            + "customers, orders, order_items and the view book_sales (H2 in PostgreSQL mode)."
            : "");
  }
}
