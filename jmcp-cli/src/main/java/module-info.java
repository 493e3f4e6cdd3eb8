/** The jmcp command. */
module io.jmcp.cli {
  requires io.jmcp.servers;
  requires io.jmcp.client;
  requires io.jmcp.http;
  requires io.jmcp.conformance;
  requires info.picocli;
  requires org.slf4j;

  opens io.jmcp.cli to info.picocli;
}
