/** jmcp client: the MCP client API. */
module io.jmcp.client {
  requires transitive io.jmcp.core;
  requires org.slf4j;

  exports io.jmcp.client;
  exports io.jmcp.client.skills;
}
