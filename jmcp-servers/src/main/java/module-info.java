/** jmcp's ready-made MCP servers. */
module io.jmcp.servers {
  requires transitive io.jmcp.server;
  requires java.net.http;
  requires org.jsoup;
  requires org.eclipse.jgit;
  requires org.slf4j;
  requires transitive java.sql;
  requires org.postgresql.jdbc;
  requires com.h2database;

  exports io.jmcp.servers.everything;
  exports io.jmcp.servers.memory;
  exports io.jmcp.servers.sequentialthinking;
  exports io.jmcp.servers.time;
  exports io.jmcp.servers.fetch;
  exports io.jmcp.servers.git;
  exports io.jmcp.servers.filesystem;
  exports io.jmcp.servers.sql;
  exports io.jmcp.servers.skills;

  opens io.jmcp.servers.everything to tools.jackson.databind;
  opens io.jmcp.servers.memory to tools.jackson.databind;
  opens io.jmcp.servers.time to tools.jackson.databind;
  opens io.jmcp.servers.sql to tools.jackson.databind;
}
