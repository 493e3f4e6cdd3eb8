/** The conformance suite's everything-server and everything-client. */
module io.jmcp.conformance {
  requires transitive io.jmcp.http;
  requires io.jmcp.client;

  exports io.jmcp.conformance;
}
