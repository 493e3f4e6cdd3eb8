/** jmcp's ready-made MCP servers. */
module io.jmcp.servers {
  requires transitive io.jmcp.server;

  exports io.jmcp.servers.everything;
  exports io.jmcp.servers.memory;
  exports io.jmcp.servers.sequentialthinking;
  exports io.jmcp.servers.time;

  opens io.jmcp.servers.everything to tools.jackson.databind;
  opens io.jmcp.servers.memory to tools.jackson.databind;
  opens io.jmcp.servers.time to tools.jackson.databind;
}
