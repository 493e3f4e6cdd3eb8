package io.jmcp.servers.sql;

import io.jmcp.core.jsonschema.Description;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerTool;
import io.jmcp.servers.internal.json.JsonText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code query} tool of the official PostgreSQL server: one SQL statement in, the rows out as
 * JSON text. The statement runs in its own session, in a read-only transaction that is rolled
 * back, under a timeout, and a client's cancellation cancels it in the database.
 */
final class QueryTool {

  /** Characters of JSON one result may hold; more rows are cut off with a note. */
  static final int MAX_RESULT_CHARS = 1_000_000;

  record Arguments(@Description("The SQL query to run: one statement, read-only") String sql) {
  }

  private QueryTool() {
  }

  static ServerTool create(SqlDatabase database) {
    SqlOptions options = database.options();
    ServerTool typed = McpServerBuilder.typedTool("query", "Run a read-only SQL query. One "
        + "statement per call; rows come back as a JSON array of objects, at most "
        + options.maxRows() + " rows; a statement running longer than "
        + options.timeout().toSeconds() + " s is cancelled. Tables are listed as resources.",
        Arguments.class, (arguments, context) -> run(database, arguments.sql(), context));
    Tool tool = typed.tool();
    ToolAnnotations hints = new ToolAnnotations("Read-only SQL query", true, false, true, false,
        Map.of());
    return new ServerTool(new Tool(tool.name(), tool.title(), tool.description(),
        tool.inputSchema(), tool.outputSchema(), hints, tool.execution(), tool.icons(),
        tool.meta(), tool.extra()), typed.handler());
  }

  static CallToolResult run(SqlDatabase database, String sql, RequestContext context) {
    if (sql.isBlank()) {
      return CallToolResult.error("Error: the sql argument is empty; give one SQL statement");
    }
    try {
      QueryResult result = database.inReadOnlyTransaction(sql,
          connection -> execute(connection, sql, database.options(), context));
      String rows = JsonText.JAVASCRIPT.write(result.rows(), 2);
      return result.truncation() == null ? CallToolResult.text(rows)
          : CallToolResult.of(TextContent.of(rows), TextContent.of(result.truncation()));
    } catch (SQLException e) {
      return CallToolResult.error("Error: " + explain(e, database.options()));
    }
  }

  private static QueryResult execute(Connection connection, String sql, SqlOptions options,
      RequestContext context) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      statement.setQueryTimeout((int) Math.max(1, (options.timeout().toMillis() + 999) / 1000));
      statement.setMaxRows(options.maxRows() + 1);
      statement.setFetchSize(Math.min(options.maxRows() + 1, 500));
      context.onCancel(() -> cancel(statement));
      if (!statement.execute(sql)) {
        return new QueryResult(JsonNodeFactory.instance.arrayNode(), null);
      }
      try (ResultSet result = statement.getResultSet()) {
        return ResultRows.read(result, options.maxRows(), MAX_RESULT_CHARS);
      }
    }
  }

  private static void cancel(Statement statement) {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // Already finished or closed: nothing left to cancel.
    }
  }

  /** The database's message, with what to do about the failures this server causes. */
  static String explain(SQLException e, SqlOptions options) {
    String message = String.valueOf(e.getMessage()).strip();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.equals("25006") || e.getErrorCode() == 90097) {
      return message + " (this server is read-only: it runs queries that read, never writes)";
    }
    if (state.equals("57014") || state.equals("HYT00") || e.getErrorCode() == 57014) {
      return message + " (a statement may run " + options.timeout().toSeconds()
          + " s at most; narrow the query, or start the server with a longer --timeout)";
    }
    return message;
  }
}
