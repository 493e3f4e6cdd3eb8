package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetch tool and prompt against pages served on 127.0.0.1, with the address protection
 * turned off ({@code --allow-private-network}), since the test server is on loopback.
 */
class FetchServerTest {

  private final TestWebServer web = TestWebServer.start();
  private TestConnection connection;

  @AfterEach
  void close() {
    if (connection != null) {
      connection.close();
      assertThat(connection.schemaViolations()).isEmpty();
    }
    web.close();
  }

  private TestConnection connect(UnaryOperator<FetchOptions> options) {
    McpServer server = FetchServer.create(options.apply(FetchOptions.defaults()
        .withAllowPrivateNetwork()));
    connection = McpTestKit.open(server, client -> client);
    return connection;
  }

  private CallToolResult fetch(Map<String, Object> arguments) {
    if (connection == null) {
      connect(options -> options);
    }
    return connection.client().callTool("fetch", arguments);
  }

  static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  @Test
  void theToolAndPromptMirrorTheOfficialServer() {
    connect(options -> options);
    List<Tool> tools = connection.client().listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("fetch");
    var schema = tools.getFirst().inputSchema();
    assertThat(schema.path("required").toString()).isEqualTo("[\"url\"]");
    assertThat(schema.path("properties").propertyNames())
        .containsExactly("url", "max_length", "start_index", "raw");
    assertThat(schema.path("properties").path("max_length").path("default").asInt())
        .isEqualTo(5000);
    assertThat(schema.path("properties").path("max_length").path("exclusiveMaximum").asInt())
        .isEqualTo(1000000);
    assertThat(schema.path("properties").path("start_index").path("default").asInt()).isZero();
    assertThat(schema.path("properties").path("raw").path("default").asBoolean()).isFalse();
    List<Prompt> prompts = connection.client().listPrompts();
    assertThat(prompts).extracting(Prompt::name).containsExactly("fetch");
    assertThat(prompts.getFirst().arguments()).singleElement()
        .satisfies(argument -> assertThat(argument.name()).isEqualTo("url"))
        .satisfies(argument -> assertThat(argument.required()).isTrue());
  }

  @Test
  void anHtmlPageComesBackAsMarkdownOfItsMainContent() {
    web.page("/tides.html", 200, "text/html; charset=utf-8",
        HtmlToMarkdownTest.resource("article.html"));
    CallToolResult result = fetch(Map.of("url", web.url("/tides.html")));
    assertThat(result.isError()).isNull();
    String expected = HtmlToMarkdownTest.resource("article.md").strip()
        .replace("https://example.org/", web.url("/"));
    assertThat(text(result))
        .isEqualTo("Contents of " + web.url("/tides.html") + ":\n" + expected);
  }

  @Test
  void rawModeReturnsTheHtmlAsItIs() {
    String html = "<html><body><p>Hello <b>raw</b></p></body></html>";
    web.page("/raw", 200, "text/html", html);
    assertThat(text(fetch(Map.of("url", web.url("/raw"), "raw", true))))
        .isEqualTo("Content type text/html cannot be simplified to markdown, but here is the raw "
            + "content:\nContents of " + web.url("/raw") + ":\n" + html);
    assertThat(text(fetch(Map.of("url", web.url("/raw")))))
        .isEqualTo("Contents of " + web.url("/raw") + ":\nHello **raw**");
  }

  @Test
  void otherContentTypesAreReturnedRawWithTheirType() {
    web.page("/data.json", 200, "application/json", "{\"tide\": 4.2}");
    web.page("/notes.txt", 200, "text/plain; charset=utf-8", "plain <b>text</b>");
    web.page("/untyped", 200, "", "<p>no type means HTML</p>");
    web.page("/sniffed", 200, "text/plain", "<!doctype html><html><p>looks like html</p></html>");
    assertThat(text(fetch(Map.of("url", web.url("/data.json")))))
        .isEqualTo("Content type application/json cannot be simplified to markdown, but here is "
            + "the raw content:\nContents of " + web.url("/data.json") + ":\n{\"tide\": 4.2}");
    assertThat(text(fetch(Map.of("url", web.url("/notes.txt")))))
        .endsWith(":\nplain <b>text</b>").startsWith("Content type text/plain; charset=utf-8");
    assertThat(text(fetch(Map.of("url", web.url("/untyped")))))
        .isEqualTo("Contents of " + web.url("/untyped") + ":\nno type means HTML");
    assertThat(text(fetch(Map.of("url", web.url("/sniffed")))))
        .isEqualTo("Contents of " + web.url("/sniffed") + ":\nlooks like html");
  }

  @Test
  void binaryContentIsRefusedWithItsType() {
    web.page("/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    CallToolResult result = fetch(Map.of("url", web.url("/logo.png")));
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("image/png").contains("not text");
  }

  @Test
  void chunkingFollowsTheOfficialRules() {
    String body = "x".repeat(120) + "END";
    web.page("/long.txt", 200, "text/plain", body);
    String prefix = "Content type text/plain cannot be simplified to markdown, but here is the "
        + "raw content:\nContents of " + web.url("/long.txt") + ":\n";
    assertThat(text(fetch(Map.of("url", web.url("/long.txt"), "max_length", 100))))
        .isEqualTo(prefix + "x".repeat(100) + "\n\n<error>Content truncated. Call the fetch "
            + "tool with a start_index of 100 to get more content.</error>");
    assertThat(text(fetch(Map.of("url", web.url("/long.txt"), "max_length", 100,
        "start_index", 100)))).isEqualTo(prefix + "x".repeat(20) + "END");
    assertThat(text(fetch(Map.of("url", web.url("/long.txt"), "start_index", 123))))
        .isEqualTo(prefix + "<error>No more content available.</error>");
  }

  @Test
  void argumentsOutsideTheOfficialBoundsAreToolErrors() {
    web.page("/p", 200, "text/plain", "p");
    assertThat(fetch(Map.of("url", web.url("/p"), "max_length", 0)).isError()).isTrue();
    assertThat(fetch(Map.of("url", web.url("/p"), "max_length", 1000000)).isError()).isTrue();
    assertThat(fetch(Map.of("url", web.url("/p"), "start_index", -1)).isError()).isTrue();
    assertThat(fetch(Map.of()).isError()).isTrue();
    CallToolResult invalid = fetch(Map.of("url", "file:///etc/passwd"));
    assertThat(invalid.isError()).isTrue();
    assertThat(text(invalid)).contains("only http and https");
  }

  @Test
  void httpErrorsSayTheStatusLikeTheOfficialServer() {
    CallToolResult result = fetch(Map.of("url", web.url("/missing")));
    assertThat(result.isError()).isTrue();
    assertThat(text(result))
        .isEqualTo("Failed to fetch " + web.url("/missing") + " - status code 404");
  }

  @Test
  void robotsTxtDisallowIsHonouredForTheModel() {
    web.page("/robots.txt", 200, "text/plain",
        "User-agent: *\nAllow: /\n\nUser-agent: ModelContextProtocol\nDisallow: /private\n");
    web.page("/private/page", 200, "text/plain", "secret plans");
    web.page("/public/page", 200, "text/plain", "public notes");
    CallToolResult refused = fetch(Map.of("url", web.url("/private/page")));
    assertThat(refused.isError()).isTrue();
    assertThat(text(refused)).contains("robots.txt", "<useragent>" + FetchServer
            .AUTONOMOUS_USER_AGENT + "</useragent>", "<url>" + web.url("/private/page") + "</url>",
        "Disallow: /private", "fetch prompt").doesNotContain("secret plans");
    assertThat(web.requests()).extracting(TestWebServer.Request::target)
        .doesNotContain("/private/page");
    assertThat(text(fetch(Map.of("url", web.url("/public/page"))))).endsWith("public notes");
  }

  @Test
  void robotsTxtAnsweringForbiddenMeansNoAndNotFoundMeansYes() {
    web.page("/robots.txt", 403, "text/plain", "go away");
    web.page("/page", 200, "text/plain", "content");
    CallToolResult refused = fetch(Map.of("url", web.url("/page")));
    assertThat(refused.isError()).isTrue();
    assertThat(text(refused)).contains("status 403");
    try (TestWebServer open = TestWebServer.start()) {
      open.page("/page", 200, "text/plain", "content");
      assertThat(text(fetch(Map.of("url", open.url("/page"))))).endsWith("content");
    }
  }

  @Test
  void thePromptIgnoresRobotsTxtAndSendsTheUserAgent() {
    web.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /\n");
    web.page("/page.html", 200, "text/html", "<main><h1>Hi</h1><p>there</p></main>");
    connect(options -> options);
    GetPromptResult result = connection.client().getPrompt("fetch",
        Map.of("url", web.url("/page.html")));
    assertThat(result.description()).isEqualTo("Contents of " + web.url("/page.html"));
    assertThat(((TextContent) result.messages().getFirst().content()).text())
        .isEqualTo("# Hi\n\nthere");
    assertThat(web.requests()).singleElement().satisfies(request -> {
      assertThat(request.target()).isEqualTo("/page.html");
      assertThat(request.userAgent()).isEqualTo(FetchServer.MANUAL_USER_AGENT);
    });
    GetPromptResult failed = connection.client().getPrompt("fetch",
        Map.of("url", web.url("/gone")));
    assertThat(failed.description()).isEqualTo("Failed to fetch " + web.url("/gone"));
    assertThat(((TextContent) failed.messages().getFirst().content()).text())
        .isEqualTo("Failed to fetch " + web.url("/gone") + " - status code 404");
  }

  @Test
  void aVeryLongPageInAPromptEndsWithTheHintToReadOn() {
    web.page("/long.txt", 200, "text/plain", "y".repeat(1_200_000));
    connect(options -> options);
    GetPromptResult result = connection.client().getPrompt("fetch",
        Map.of("url", web.url("/long.txt")));
    String text = ((TextContent) result.messages().getFirst().content()).text();
    assertThat(text).startsWith("Content type text/plain cannot be simplified")
        .endsWith("y\n\n<error>Content truncated. Call the fetch tool with a start_index of "
            + "999999 to get more content.</error>");
  }

  @Test
  void ignoreRobotsTxtAndACustomUserAgent() {
    web.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /\n");
    web.page("/page", 200, "text/plain", "content");
    connect(options -> options.withIgnoreRobotsTxt(true).withUserAgent("TideBot/2.0"));
    assertThat(text(fetch(Map.of("url", web.url("/page"))))).endsWith("content");
    assertThat(web.requests()).singleElement()
        .satisfies(request -> assertThat(request.userAgent()).isEqualTo("TideBot/2.0"));
  }

  @Test
  void redirectsAreFollowedUpToTheLimit() {
    web.redirect("/old", 301, "/new").page("/new", 200, "text/plain", "moved here");
    for (int i = 0; i < 12; i++) {
      web.redirect("/loop" + i, 302, "/loop" + (i + 1));
    }
    assertThat(text(fetch(Map.of("url", web.url("/old"))))).endsWith("moved here");
    CallToolResult loop = fetch(Map.of("url", web.url("/loop0")));
    assertThat(loop.isError()).isTrue();
    assertThat(text(loop)).contains("more than 10 redirects");
  }

  @Test
  void theDownloadStopsAtTheLimitAndSaysSo() {
    web.endless("/huge", 64L * 1024 * 1024);
    connect(options -> options.withMaxDownloadBytes(100_000));
    CallToolResult result = fetch(Map.of("url", web.url("/huge"), "max_length", 999_999));
    assertThat(result.isError()).isNull();
    assertThat(text(result)).startsWith("<error>The response is larger than the download limit; "
        + "only its first 100000 bytes were read");
    String marker = "Contents of " + web.url("/huge") + ":\n";
    assertThat(text(result).substring(text(result).indexOf(marker) + marker.length()))
        .hasSize(100_000);
  }

  @Test
  void aServerThatStallsTimesOut() {
    web.stall("/slow");
    connect(options -> options.withTimeout(Duration.ofSeconds(1)).withIgnoreRobotsTxt(true));
    CallToolResult result = fetch(Map.of("url", web.url("/slow")));
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).isEqualTo("Failed to fetch " + web.url("/slow")
        + ": no complete response within 1 second (the server's --timeout)");
  }

  @Test
  void gzipAndCharsetsAreDecoded() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write("<p>Grüße aus Zürich</p>".getBytes(StandardCharsets.UTF_8));
    }
    web.handle("/zipped", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      TestWebServer.send(exchange, 200, zipped.toByteArray());
    });
    web.page("/latin1", 200, "text/html",
        "<meta charset=\"iso-8859-1\"><p>café</p>".getBytes(Charset.forName("ISO-8859-1")));
    assertThat(text(fetch(Map.of("url", web.url("/zipped"))))).endsWith(":\nGrüße aus Zürich");
    assertThat(text(fetch(Map.of("url", web.url("/latin1"))))).endsWith(":\ncafé");
  }

  @Test
  void aPageWithoutContentSaysItCouldNotBeSimplified() {
    web.page("/empty", 200, "text/html", "<html><body><nav><a href=/>home</a></nav></body></html>");
    assertThat(text(fetch(Map.of("url", web.url("/empty")))))
        .isEqualTo("Contents of " + web.url("/empty")
            + ":\n<error>Page failed to be simplified from HTML</error>");
  }
}
