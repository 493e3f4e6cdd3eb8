/** jmcp HTTP transports: Streamable HTTP and legacy HTTP+SSE, server and client. */
module io.jmcp.http {
  requires transitive io.jmcp.server;
  requires transitive jakarta.servlet;
  requires java.net.http;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.ee10.servlet;
  requires org.eclipse.jetty.util;
  requires org.slf4j;

  exports io.jmcp.transport.http;
  exports io.jmcp.transport.http.server;
  exports io.jmcp.transport.http.client;
}
