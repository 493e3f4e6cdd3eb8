/** jmcp's ready-made MCP servers. */
module io.jmcp.servers {
  requires transitive io.jmcp.server;

  exports io.jmcp.servers.everything;

  opens io.jmcp.servers.everything to tools.jackson.databind;
}
