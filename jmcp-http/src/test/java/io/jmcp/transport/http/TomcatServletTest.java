package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.server.McpServer;
import io.jmcp.transport.http.client.SseClientTransport;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.LegacySseServlet;
import io.jmcp.transport.http.server.McpServlet;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servlet adapter in another real container: embedded Tomcat. */
class TomcatServletTest {

  @Test
  void theServletServesMcpInsideTomcat(@TempDir Path base) throws Exception {
    McpServer server = HttpFixtures.builder().build();
    HttpServerOptions options = HttpServerOptions.defaults();
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", base.toString());
    Wrapper mcp = Tomcat.addServlet(context, "mcp", new McpServlet(server, options));
    mcp.setAsyncSupported(true);
    context.addServletMappingDecoded("/mcp", "mcp");
    Wrapper legacy = Tomcat.addServlet(context, "legacy", new LegacySseServlet(server, options));
    legacy.setAsyncSupported(true);
    context.addServletMappingDecoded("/sse", "legacy");
    context.addServletMappingDecoded("/message", "legacy");
    tomcat.start();
    try {
      int port = tomcat.getConnector().getLocalPort();
      List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
      try (McpClient client = McpClient.builder(Implementation.of("tomcat", "1"))
          .sampling((request, ctx) -> CreateMessageResult.text("m", "from tomcat"))
          .connect(StreamableHttpClientTransport.builder(
              URI.create("http://127.0.0.1:" + port + "/mcp")).build())) {
        assertThat(StreamableHttpTest.text(client.callTool("echo", Map.of("text", "hi"))))
            .isEqualTo("hi");
        client.callTool(CallToolRequest.of("progress", null), CallOptions.progress(progress::add));
        assertThat(progress).hasSize(3);
        assertThat(StreamableHttpTest.text(client.callTool("sample", Map.of())))
            .isEqualTo("from tomcat");
      }
      try (McpClient old = McpClient.builder(Implementation.of("tomcat-legacy", "1"))
          .connect(SseClientTransport.builder(URI.create("http://127.0.0.1:" + port + "/sse"))
              .build())) {
        assertThat(StreamableHttpTest.text(old.callTool("echo", Map.of("text", "sse"))))
            .isEqualTo("sse");
      }
    } finally {
      tomcat.stop();
      tomcat.destroy();
    }
  }
}
