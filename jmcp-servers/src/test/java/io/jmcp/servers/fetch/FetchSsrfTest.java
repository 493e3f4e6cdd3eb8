package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Server-side request forgery: with the default options the fetch server must not reach
 * loopback, private, link-local or other non-public addresses, however the URL spells them, by
 * DNS, or by redirect. A secret page waits on 127.0.0.1; every test asserts the refusal and that
 * the secret was never requested.
 *
 * <p>Targets off this machine (cloud metadata, private ranges) are tried through a proxy that is
 * the loopback test server: a server that failed to refuse them would reach that proxy, never
 * the network, and the test would see its answer.
 */
class FetchSsrfTest {

  private static final String SECRET = "TOP SECRET: instance credentials";

  private final TestWebServer web = TestWebServer.start()
      .page("/secret", 200, "text/plain", SECRET)
      .page("/robots.txt", 404, "text/plain", "none")
      .handle("proxy", exchange -> TestWebServer.send(exchange, 200,
          ("PROXIED " + SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  private McpClient client;
  private McpServer server;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
      server.close();
    }
    web.close();
  }

  private CallToolResult fetch(FetchOptions options, String url) {
    if (client == null) {
      server = FetchServer.create(options);
      client = McpTestKit.connect(server);
    }
    return client.callTool("fetch", Map.of("url", url));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  private static void assertRefused(CallToolResult result, String kind) {
    assertThat(result.isError()).as("a tool error").isTrue();
    assertThat(text(result)).contains("refused to connect").contains(kind)
        .contains("--allow-private-network").doesNotContain(SECRET);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://127.0.0.1:PORT/secret", "http://localhost:PORT/secret",
      "http://LOCALHOST.:PORT/secret", "http://api.localhost:PORT/secret",
      "http://[::1]:PORT/secret", "http://0.0.0.0:PORT/secret", "http://0:PORT/secret",
      "http://2130706433:PORT/secret", "http://0x7f000001:PORT/secret",
      "http://0177.0.0.1:PORT/secret", "http://127.1:PORT/secret",
      "http://%31%32%37.0.0.1:PORT/secret", "http://[::ffff:127.0.0.1]:PORT/secret",
      "http://[::ffff:7f00:1]:PORT/secret", "http://127.0.0.1.:PORT/secret"})
  void loopbackIsRefusedHoweverItIsWritten(String template) {
    CallToolResult result = fetch(FetchOptions.defaults(),
        template.replace("PORT", Integer.toString(web.port())));
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("refused to connect").doesNotContain(SECRET)
        .containsAnyOf("loopback", "unspecified");
    assertThat(web.requests()).as("nothing reached the test server").isEmpty();
  }

  @Test
  void aPublicLookingNameThatResolvesToLoopbackIsRefused() {
    AtomicInteger lookups = new AtomicInteger();
    FetchOptions options = FetchOptions.defaults().withResolver(host -> {
      lookups.incrementAndGet();
      return List.of(InetAddress.getLoopbackAddress());
    });
    assertRefused(fetch(options, "http://www.example.com:" + web.port() + "/secret"),
        "loopback");
    assertThat(lookups.get()).isPositive();
    assertThat(web.requests()).isEmpty();
  }

  @Test
  void aNameWithOnePublicAndOneLoopbackAddressIsRefused() {
    // Through the loopback proxy, so that a check of only the first address would show up
    // as a request to the proxy rather than as traffic to the public address.
    FetchOptions options = FetchOptions.defaults()
        .withProxy(URI.create("http://127.0.0.1:" + web.port()))
        .withResolver(host -> List.of(InetAddress.getByName("93.184.215.14"),
            InetAddress.getLoopbackAddress()));
    assertRefused(fetch(options, "http://www.example.com/secret"), "loopback");
    assertThat(web.requests()).isEmpty();
  }

  @Test
  void aRedirectToLoopbackIsRefusedAtTheHopThatGoesThere() {
    FetchOptions options = FetchOptions.defaults()
        .withAddressPolicy(AddressPolicy.publicOnly().allowingHost("start.example"))
        .withResolver(host -> switch (host) {
          case "start.example" -> List.of(InetAddress.getLoopbackAddress());
          case "internal.example" -> List.of(InetAddress.getByName("127.0.0.2"));
          default -> throw new UnknownHostException(host);
        });
    String port = Integer.toString(web.port());
    web.redirect("/to-literal", 302, "http://127.0.0.1:" + port + "/secret")
        .redirect("/to-decimal", 301, "http://2130706433:" + port + "/secret")
        .redirect("/to-localhost", 307, "http://localhost:" + port + "/secret")
        .redirect("/to-name", 308, "http://internal.example/latest/meta-data")
        .redirect("/hop1", 302, "/hop2").redirect("/hop2", 302, "//127.0.0.1:" + port + "/secret");
    for (String start : List.of("/to-literal", "/to-decimal", "/to-localhost", "/to-name",
        "/hop1")) {
      CallToolResult result = fetch(options, "http://start.example:" + port + start);
      assertRefused(result, "loopback");
    }
    assertThat(web.requests()).extracting(TestWebServer.Request::target)
        .contains("/to-literal", "/hop2").doesNotContain("/secret");
    assertThat(web.requests()).extracting(TestWebServer.Request::host)
        .containsOnly("start.example:" + port);
  }

  @Test
  void aNameIsFetchedFromTheAddressThatWasCheckedNotFromASecondLookup() {
    // The system resolver does not know pinned.example: only a request that goes to the
    // address the injected resolver returned, with the name in the Host header, gets the page.
    AtomicInteger lookups = new AtomicInteger();
    FetchOptions options = FetchOptions.defaults()
        .withAddressPolicy(AddressPolicy.publicOnly().allowingHost("pinned.example"))
        .withResolver(host -> {
          lookups.incrementAndGet();
          return List.of(InetAddress.getLoopbackAddress());
        });
    web.page("/page", 200, "text/plain", "pinned page");
    CallToolResult result = fetch(options, "http://pinned.example:" + web.port() + "/page");
    assertThat(text(result)).endsWith("pinned page");
    assertThat(web.requests()).extracting(TestWebServer.Request::host)
        .containsOnly("pinned.example:" + web.port());
    assertThat(lookups.get()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://169.254.169.254/latest/meta-data",
      "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
      "http://[::ffff:169.254.169.254]/latest/meta-data", "http://[64:ff9b::a9fe:a9fe]/",
      "http://[fe80::1]/", "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/",
      "http://100.64.0.1/", "http://[fd00::1]/", "http://[fc00::1]:8080/",
      "http://224.0.0.1/", "http://0251.0376.0251.0376/", "http://2852039166/",
      "http://metadata.google.internal/computeMetadata/v1/"})
  void privateAndMetadataAddressesAreRefused(String url) {
    FetchOptions options = FetchOptions.defaults()
        .withProxy(URI.create("http://127.0.0.1:" + web.port()))
        .withResolver(host -> List.of(InetAddress.getByName("169.254.169.254")));
    CallToolResult result = fetch(options, url);
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("refused to connect").doesNotContain("PROXIED");
    assertThat(web.requests()).as("nothing reached the proxy").isEmpty();
  }

  @Test
  void aPublicAddressIsFetchedThroughTheSameProxy() {
    FetchOptions options = FetchOptions.defaults()
        .withProxy(URI.create("http://127.0.0.1:" + web.port()));
    CallToolResult result = fetch(options, "http://93.184.215.14/page");
    assertThat(text(result)).endsWith("PROXIED " + SECRET);
    assertThat(web.requests()).extracting(TestWebServer.Request::target)
        .containsExactly("http://93.184.215.14/robots.txt", "http://93.184.215.14/page");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:6379/",
      "data:text/plain,hello", "jar:file:///x!/y", "dict://127.0.0.1:11211/"})
  void onlyHttpAndHttpsAreFetched(String url) {
    CallToolResult result = fetch(FetchOptions.defaults(), url);
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("only http and https");
  }

  @Test
  void thePromptIsProtectedToo() {
    server = FetchServer.create(FetchOptions.defaults());
    client = McpTestKit.connect(server);
    var result = client.getPrompt("fetch", Map.of("url", "http://127.0.0.1:" + web.port()
        + "/secret"));
    assertThat(((TextContent) result.messages().getFirst().content()).text())
        .contains("refused to connect", "loopback").doesNotContain(SECRET);
    assertThat(web.requests()).isEmpty();
  }

  @Test
  void allowPrivateNetworkTurnsTheProtectionOff() {
    CallToolResult result = fetch(FetchOptions.defaults().withAllowPrivateNetwork(),
        "http://2130706433:" + web.port() + "/secret");
    assertThat(text(result)).endsWith(SECRET);
  }
}
