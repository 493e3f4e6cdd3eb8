/** jmcp server: the MCP server API. */
module io.jmcp.server {
  requires transitive io.jmcp.core;
  requires org.slf4j;

  exports io.jmcp.server;
  exports io.jmcp.server.skills;
}
