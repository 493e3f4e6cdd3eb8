/** jmcp's ready-made MCP servers. */
module io.jmcp.servers {
  requires transitive io.jmcp.server;
  requires org.slf4j;

  exports io.jmcp.servers.everything;
  exports io.jmcp.servers.filesystem;

  opens io.jmcp.servers.everything to tools.jackson.databind;
}
