/** jmcp's ready-made MCP servers. */
module io.jmcp.servers {
  requires transitive io.jmcp.server;
  requires transitive java.sql;
  requires org.postgresql.jdbc;
  requires com.h2database;

  exports io.jmcp.servers.everything;
  exports io.jmcp.servers.sql;

  opens io.jmcp.servers.everything to tools.jackson.databind;
  opens io.jmcp.servers.sql to tools.jackson.databind;
}
