package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.jmcp.client.McpClient;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https with the connection pinned to the checked address: the socket goes to 127.0.0.1, yet the
 * certificate is verified against the host name (sent as SNI), and the Host header names it too.
 * The certificate is made for this test by the JDK's keytool and trusted only by this test.
 */
class FetchTlsTest {

  private static final String PASSWORD = "changeit";

  @TempDir
  Path directory;

  private HttpsServer https;
  private SSLContext clientTls;
  private final List<String> hosts = new CopyOnWriteArrayList<>();
  private McpServer server;
  private McpClient client;

  @BeforeEach
  void start() throws Exception {
    Path keystore = directory.resolve("site.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "site",
        "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=pinned.test",
        "-ext", "SAN=dns:pinned.test", "-validity", "3", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(
        KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD.toCharArray());
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(keys.getKeyManagers(), null, null);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, trust.getTrustManagers(), null);

    https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(serverTls));
    https.createContext("/", exchange -> {
      hosts.add(exchange.getRequestHeaders().getFirst("Host"));
      byte[] body = exchange.getRequestURI().getPath().equals("/page")
          ? "served over TLS".getBytes(StandardCharsets.UTF_8) : new byte[0];
      TestWebServer.send(exchange, body.length == 0 ? 404 : 200, body);
    });
    https.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
      server.close();
    }
    https.stop(0);
  }

  private CallToolResult fetch(String host) {
    FetchOptions options = FetchOptions.defaults().withSslContext(clientTls)
        .withResolver(name -> List.of(InetAddress.getLoopbackAddress()))
        .withAddressPolicy(AddressPolicy.publicOnly().allowingHost(host));
    server = FetchServer.create(options);
    client = McpTestKit.connect(server);
    return client.callTool("fetch", Map.of("url",
        "https://" + host + ":" + https.getAddress().getPort() + "/page"));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  @Test
  void theCertificateIsCheckedAgainstTheNameWhileTheSocketGoesToTheCheckedAddress() {
    CallToolResult result = fetch("pinned.test");
    assertThat(text(result)).endsWith("served over TLS");
    assertThat(hosts).containsOnly("pinned.test:" + https.getAddress().getPort());
  }

  @Test
  void aCertificateForAnotherNameIsRejected() {
    CallToolResult result = fetch("other.test");
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("TLS connection failed").doesNotContain("served over TLS");
    assertThat(hosts).isEmpty();
  }
}
