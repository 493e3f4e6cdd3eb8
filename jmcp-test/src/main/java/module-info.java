/** jmcp test kit: in-memory connections, wire recording, schema validation. */
module io.jmcp.test {
  requires transitive io.jmcp.server;
  requires transitive io.jmcp.client;
  requires com.networknt.schema;

  exports io.jmcp.test;
}
