/** jmcp's ready-made MCP servers. */
module io.jmcp.servers {
  requires transitive io.jmcp.server;
  requires org.eclipse.jgit;

  exports io.jmcp.servers.everything;
  exports io.jmcp.servers.git;

  opens io.jmcp.servers.everything to tools.jackson.databind;
}
