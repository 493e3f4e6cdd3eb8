package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.server.McpServer;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Secure defaults and session lifecycle of the HTTP server, seen from raw HTTP. */
class HttpServerSecurityTest {

  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
      + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
      + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

  private final McpServer server = HttpFixtures.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private McpHttpServer http;

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
    }
  }

  private McpHttpServer start(HttpServerOptions options) {
    http = McpHttpServer.builder(server).options(options).start();
    return http;
  }

  private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.endpoint())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Raw HTTP over a socket, for headers java.net.http will not let a test set (Host). */
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", http.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = new byte[4096];
      int n = in.read(head);
      return new String(head, 0, Math.max(n, 0), StandardCharsets.UTF_8);
    }
  }

  private static String rawPost(String host, String origin, String body) {
    return "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\n"
        + (origin == null ? "" : "Origin: " + origin + "\r\n")
        + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\nConnection: close\r\n\r\n" + body;
  }

  @Test
  void foreignHostsAndOriginsAreRefused() throws Exception {
    start(HttpServerOptions.defaults());
    assertThat(raw(rawPost("evil.example.com", "http://evil.example.com", INITIALIZE)))
        .startsWith("HTTP/1.1 403");
    assertThat(raw(rawPost("evil.example.com", null, INITIALIZE))).startsWith("HTTP/1.1 403");
    assertThat(raw(rawPost("localhost:" + http.port(), "http://evil.example.com", INITIALIZE)))
        .startsWith("HTTP/1.1 403");
    assertThat(raw(rawPost("localhost:" + http.port(), "null", INITIALIZE)))
        .startsWith("HTTP/1.1 403");
    assertThat(raw(rawPost("localhost:" + http.port(), "http://localhost:" + http.port(),
        INITIALIZE))).startsWith("HTTP/1.1 200");
    assertThat(raw(rawPost("127.0.0.1:" + http.port(), null, INITIALIZE)))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void configuredHostsAndOriginsAreAccepted() throws Exception {
    start(HttpServerOptions.defaults().withAllowedHosts(Set.of("mcp.example.com"))
        .withAllowedOrigins(Set.of("https://app.example.com")));
    assertThat(raw(rawPost("mcp.example.com", "https://app.example.com", INITIALIZE)))
        .startsWith("HTTP/1.1 200");
    assertThat(raw(rawPost("mcp.example.com", "https://other.example.com", INITIALIZE)))
        .startsWith("HTTP/1.1 403");
  }

  @Test
  void aWildcardHostAcceptsAnyHostButOriginsStayChecked() throws Exception {
    start(HttpServerOptions.defaults().withAllowedHosts(Set.of("*")));
    assertThat(raw(rawPost("mcp.internal.example", null, INITIALIZE))).startsWith("HTTP/1.1 200");
    assertThat(raw(rawPost("mcp.internal.example", "http://evil.example.com", INITIALIZE)))
        .startsWith("HTTP/1.1 403");
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
    start(HttpServerOptions.defaults().withMaxRequestBytes(64 * 1024));
    // Announce 100 MB but send none of it: the answer must come from the headers alone.
    String head = "POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Accept: application/json, text/event-stream\r\nContent-Length: 100000000\r\n\r\n";
    assertThat(raw(head)).startsWith("HTTP/1.1 413");
    // And a chunked body over the limit is cut off at the limit.
    HttpResponse<String> big = post("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"a\":\""
        + "y".repeat(100 * 1024) + "\"}}", Map.of());
    assertThat(big.statusCode()).isEqualTo(413);
  }

  @Test
  void anOversizedRequestHeadIsRefusedAndTheServerGoesOn() throws Exception {
    start(HttpServerOptions.defaults());
    String huge = "POST /mcp HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(32 * 1024)
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    assertThat(raw(huge)).startsWith("HTTP/1.1 431");
    assertThat(raw(rawPost("127.0.0.1:" + http.port(), null, INITIALIZE)))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void wrongMediaTypesAndSessionErrorsGetClearStatuses() throws Exception {
    start(HttpServerOptions.defaults());
    HttpResponse<String> text = client.send(HttpRequest.newBuilder(http.endpoint())
        .header("Content-Type", "text/plain").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(text.statusCode()).isEqualTo(415);
    HttpResponse<String> accept = client.send(HttpRequest.newBuilder(http.endpoint())
        .header("Content-Type", "application/json").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(accept.statusCode()).isEqualTo(406);

    String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
    assertThat(post(ping, Map.of()).statusCode()).isEqualTo(400);
    assertThat(post(ping, Map.of("Mcp-Session-Id", "no-such-session")).statusCode())
        .isEqualTo(404);
    assertThat(post("{not json", Map.of()).statusCode()).isEqualTo(400);

    HttpResponse<String> initialized = post(INITIALIZE, Map.of());
    String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
    assertThat(session).matches("[\\x21-\\x7E]{32,}");
    assertThat(post(ping, Map.of("Mcp-Session-Id", session, "MCP-Protocol-Version",
        "1999-01-01")).statusCode()).isEqualTo(400);
    assertThat(post(ping, Map.of("Mcp-Session-Id", session)).statusCode()).isEqualTo(200);

    HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(http.endpoint())
        .header("Mcp-Session-Id", session).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(post(ping, Map.of("Mcp-Session-Id", session)).statusCode()).isEqualTo(404);
    HttpResponse<String> put = client.send(HttpRequest.newBuilder(http.endpoint())
        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
  }

  @Test
  void sessionsAreCappedAndIdleOnesExpire() throws Exception {
    start(HttpServerOptions.defaults().withMaxSessions(2)
        .withSessionIdleTimeout(Duration.ofMillis(300)));
    assertThat(post(INITIALIZE, Map.of()).statusCode()).isEqualTo(200);
    assertThat(post(INITIALIZE, Map.of()).statusCode()).isEqualTo(200);
    assertThat(post(INITIALIZE, Map.of()).statusCode()).isEqualTo(503);
    for (int i = 0; i < 500 && http.sessionCount() > 0; i++) {
      Thread.sleep(20);
    }
    assertThat(http.sessionCount()).isZero();
    assertThat(post(INITIALIZE, Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void aClientWhoseServerRestartedContinuesInANewSessionUnnoticed() throws Exception {
    start(HttpServerOptions.defaults());
    int port = http.port();
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.endpoint()).build();
    // Sessions belong to the handshake revisions.
    try (McpClient mcp = McpClient.builder(Implementation.of("restarting", "1"))
        .protocolVersion(ProtocolVersion.V2025_11_25).connect(transport)) {
      assertThat(StreamableHttpTest.text(mcp.callTool("echo", Map.of("text", "before"))))
          .isEqualTo("before");
      String before = transport.sessionId();
      http.close();
      http = McpHttpServer.builder(server).port(port).start();
      assertThat(StreamableHttpTest.text(mcp.callTool("echo", Map.of("text", "after"))))
          .isEqualTo("after");
      assertThat(transport.sessionId()).isNotNull().isNotEqualTo(before);
    }
  }

  @Test
  void aStatelessClientDoesNotNoticeAServerRestartAtAll() throws Exception {
    start(HttpServerOptions.defaults());
    int port = http.port();
    StreamableHttpClientTransport transport =
        StreamableHttpClientTransport.builder(http.endpoint()).build();
    try (McpClient mcp = McpClient.builder(Implementation.of("restarting", "1"))
        .connect(transport)) {
      assertThat(mcp.isStateless()).isTrue();
      assertThat(StreamableHttpTest.text(mcp.callTool("echo", Map.of("text", "before"))))
          .isEqualTo("before");
      http.close();
      http = McpHttpServer.builder(server).port(port).start();
      assertThat(StreamableHttpTest.text(mcp.callTool("echo", Map.of("text", "after"))))
          .isEqualTo("after");
      assertThat(transport.sessionId()).isNull();
    }
  }

  @Test
  void stoppingTheServerEndsOpenStreamsCleanly() throws Exception {
    start(HttpServerOptions.defaults());
    McpClient mcp = McpClient.builder(Implementation.of("open", "1"))
        .connect(StreamableHttpClientTransport.builder(http.endpoint()).build());
    mcp.ping();
    McpHttpServer running = http;
    http = null;
    assertThatCode(running::close).doesNotThrowAnyException();
    mcp.close();
  }
}
