package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./jmcp server fetch} as a real child process over stdio, against pages served on
 * 127.0.0.1: the tool (Markdown, chunks, raw, robots.txt) and the prompt with
 * {@code --allow-private-network}, and the refusal of loopback without it. No test leaves this
 * machine.
 */
class FetchServerEndToEndTest {

  private static final String ARTICLE = """
      <!doctype html><html><head><title>Knots</title></head><body>
      <nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
      <article><h1>The bowline</h1>
      <p>The bowline makes a fixed loop at the end of a rope, and it is easy to untie after a
      load, which is why sailors like it.</p>
      <ul><li>Make a small loop.</li><li>Pass the end up through it.</li></ul>
      <p>Read <a href="/knots/sheet-bend">the sheet bend</a> next.</p></article>
      <footer>Copyright</footer></body></html>""";

  private HttpServer web;
  private ExecutorService executor;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void serve() throws IOException {
    executor = Executors.newVirtualThreadPerTaskExecutor();
    web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    web.setExecutor(executor);
    web.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(path + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
      switch (path) {
        case "/robots.txt" -> send(exchange, 200, "text/plain",
            "User-agent: ModelContextProtocol\nDisallow: /private\n");
        case "/knots.html" -> send(exchange, 200, "text/html; charset=utf-8", ARTICLE);
        case "/data.json" -> send(exchange, 200, "application/json", "{\"knots\": 3}");
        case "/private/notes.txt" -> send(exchange, 200, "text/plain", "private notes");
        default -> send(exchange, 404, "text/plain", "not found");
      }
    });
    web.start();
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterEach
  void stop() {
    web.stop(0);
    executor.shutdownNow();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + web.getAddress().getPort() + path;
  }

  private static StdioClientTransport fetchServer(String... options) {
    List<String> command = new ArrayList<>(List.of(
        NodeTools.repositoryRoot().resolve("jmcp").toString(), "server", "fetch"));
    command.addAll(List.of(options));
    return StdioClientTransport.builder(command.getFirst(),
        command.subList(1, command.size()).toArray(String[]::new)).name("jmcp-fetch").build();
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  @Test
  void everyToolAndPromptOverARealProcess() {
    WireRecorder wire = new WireRecorder(fetchServer("--allow-private-network"));
    try (McpClient client = McpClient.builder(Implementation.of("fetch-e2e", "1.0"))
        .connect(wire)) {
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("fetch");
      assertThat(client.listPrompts()).extracting(Prompt::name).containsExactly("fetch");

      String page = text(client.callTool("fetch", Map.of("url", url("/knots.html"))));
      assertThat(page).isEqualTo("Contents of " + url("/knots.html") + ":\n# The bowline\n\n"
          + "The bowline makes a fixed loop at the end of a rope, and it is easy to untie after "
          + "a load, which is why sailors like it.\n\n- Make a small loop.\n- Pass the end up "
          + "through it.\n\nRead [the sheet bend](" + url("/knots/sheet-bend") + ") next.");

      String first = text(client.callTool("fetch",
          Map.of("url", url("/knots.html"), "max_length", 13)));
      assertThat(first).isEqualTo("Contents of " + url("/knots.html") + ":\n# The bowline\n\n"
          + "<error>Content truncated. Call the fetch tool with a start_index of 13 to get more "
          + "content.</error>");
      assertThat(text(client.callTool("fetch", Map.of("url", url("/knots.html"),
          "start_index", 15, "max_length", 11)))).endsWith(":\nThe bowline\n\n<error>Content "
          + "truncated. Call the fetch tool with a start_index of 26 to get more content.</error>");

      assertThat(text(client.callTool("fetch", Map.of("url", url("/knots.html"), "raw", true))))
          .startsWith("Content type text/html; charset=utf-8 cannot be simplified to markdown")
          .endsWith(ARTICLE);
      assertThat(text(client.callTool("fetch", Map.of("url", url("/data.json")))))
          .endsWith(":\n{\"knots\": 3}");

      CallToolResult refused = client.callTool("fetch", Map.of("url",
          url("/private/notes.txt")));
      assertThat(refused.isError()).isTrue();
      assertThat(text(refused)).contains("robots.txt").doesNotContain("private notes");

      GetPromptResult prompt = client.getPrompt("fetch", Map.of("url",
          url("/private/notes.txt")));
      assertThat(((TextContent) prompt.messages().getFirst().content()).text())
          .endsWith("private notes");
    }
    assertThat(requests).contains("/private/notes.txt "
        + "ModelContextProtocol/1.0 (User-Specified; "
        + "+https://github.com/modelcontextprotocol/servers)");
    assertThat(requests).filteredOn(request -> request.startsWith("/private/"))
        .as("the tool never fetched the disallowed page").hasSize(1);
    assertThat(ProtocolSchema.violations(wire.messages()))
        .isEmpty();
  }

  @Test
  void withoutTheFlagLoopbackIsRefused() {
    try (McpClient client = McpClient.builder(Implementation.of("fetch-e2e", "1.0"))
        .connect(fetchServer())) {
      CallToolResult result = client.callTool("fetch", Map.of("url", url("/knots.html")));
      assertThat(result.isError()).isTrue();
      assertThat(text(result)).contains("refused to connect", "loopback",
          "--allow-private-network");
    }
    assertThat(requests).isEmpty();
  }

  @Test
  void helpNamesTheOptions() {
    CommandResult help = NodeTools.run(List.of(
        NodeTools.repositoryRoot().resolve("jmcp").toString(), "server", "fetch", "--help"),
        Duration.ofMinutes(2));
    assertThat(help.exitCode()).as(help.describe()).isZero();
    assertThat(help.stdout()).contains("--user-agent", "--ignore-robots-txt", "--proxy-url",
        "--allow-private-network", "--allow-host", "--timeout", "--max-download-bytes");
  }
}
