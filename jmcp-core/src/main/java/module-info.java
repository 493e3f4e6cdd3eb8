/** jmcp core: the JSON-RPC engine, the MCP wire model and protocol revisions, stdio and in-memory transports. */
module io.jmcp.core {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive org.jspecify;
  requires org.slf4j;

  exports io.jmcp.jsonrpc;
  exports io.jmcp.schema;

  opens io.jmcp.schema to tools.jackson.databind;
  exports io.jmcp.transport.memory;
  exports io.jmcp.transport.stdio;
}
