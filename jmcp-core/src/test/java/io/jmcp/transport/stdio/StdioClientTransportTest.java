package io.jmcp.transport.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The client end against real child processes that behave well and badly. */
class StdioClientTransportTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final boolean POSIX = !System.getProperty("os.name").startsWith("Windows");

  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  private StdioClientTransport.Builder child(String... args) {
    return ChildJvm.builder(args).stderr(line -> {
      stderr.add(line);
      if (line.startsWith("ready") || line.startsWith("child server ready")) {
        ready.countDown();
      }
    });
  }

  private JsonRpcPeer connect(StdioClientTransport transport) {
    toClose.add(transport);
    JsonRpcPeer peer = JsonRpcPeer.builder(transport).name("test-client").build();
    toClose.add(peer);
    peer.start();
    return peer;
  }

  private static JsonNode call(JsonRpcPeer peer, String method, JsonNode params) {
    return peer.call(method, params, RequestOptions.timeout(Duration.ofSeconds(20)));
  }

  @Test
  void aServerThatDiesSaysWhyWithItsExitCodeAndLastStderrLines() throws Exception {
    StdioClientTransport transport = child("fail").build();
    JsonRpcPeer peer = connect(transport);

    Throwable cause = peer.closed().get(20, TimeUnit.SECONDS);

    assertThat(cause).isInstanceOf(ConnectionClosedException.class);
    assertThat(cause.getMessage())
        .contains("child-fail")
        .contains("exited with code 3")
        .contains("starting up")
        .contains("fatal: the database at db.invalid is unreachable");
    assertThat(transport.exitCode()).hasValue(3);
    assertThat(stderr).contains("fatal: the database at db.invalid is unreachable");
  }

  @Test
  void closeEndsAWellBehavedServerThroughItsStdin() throws Exception {
    StdioClientTransport transport = child("serve").build();
    JsonRpcPeer peer = connect(transport);
    assertThat(call(peer, "echo", JSON.objectNode().put("text", "hi")).get("text").stringValue())
        .isEqualTo("hi");

    transport.close();
    transport.close();

    assertThat(transport.process().isAlive()).isFalse();
    assertThat(transport.exitCode()).hasValue(0);
    assertThat(stderr).contains("child server done");
    assertThat(peer.closed().get(20, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void aServerThatClosesTheConnectionItselfClosesItWithoutCause() throws Exception {
    StdioClientTransport transport = child("serve").build();
    JsonRpcPeer peer = connect(transport);

    peer.notify("close", null);

    assertThat(peer.closed().get(20, TimeUnit.SECONDS)).isNull();
    assertThat(transport.process().onExit().get(20, TimeUnit.SECONDS).exitValue()).isZero();
  }

  @Test
  void closeTerminatesAServerThatIgnoresTheEndOfItsStdin() throws Exception {
    StdioClientTransport transport = child("deaf").exitTimeout(Duration.ofMillis(300))
        .terminateTimeout(Duration.ofSeconds(10)).build();
    connect(transport);
    assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();

    transport.close();

    assertThat(transport.process().isAlive()).isFalse();
    assertThat(transport.exitCode()).isPresent();
    if (POSIX) {
      assertThat(transport.exitCode()).hasValue(128 + 15);
    }
  }

  @Test
  void closeKillsAServerThatSurvivesTermination() throws Exception {
    StdioClientTransport transport = child("stubborn").exitTimeout(Duration.ofMillis(300))
        .terminateTimeout(Duration.ofMillis(500)).build();
    connect(transport);
    assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();

    transport.close();

    assertThat(transport.process().isAlive()).isFalse();
    assertThat(transport.exitCode()).isPresent();
    if (POSIX) {
      assertThat(transport.exitCode()).hasValue(128 + 9);
    }
  }

  @Test
  void aCommandThatCannotBeStartedFailsWithAClearError() {
    StdioClientTransport transport = StdioClientTransport
        .builder("/nonexistent/jmcp-no-such-server", "--port", "0").build();
    toClose.add(transport);

    assertThatThrownBy(() -> JsonRpcPeer.builder(transport).build().start())
        .isInstanceOf(ConnectionClosedException.class)
        .hasMessageContaining("Could not start MCP server process")
        .hasMessageContaining("/nonexistent/jmcp-no-such-server")
        .hasMessageContaining("--port")
        .hasMessageContaining("No such file or directory");
    assertThat(transport.exitCode()).isEmpty();
  }

  @Test
  void strayPrintsToSystemOutInTheServerGoToStderrNotIntoTheProtocol() throws Exception {
    JsonRpcPeer peer = connect(child("serve").build());

    assertThat(call(peer, "print", JSON.objectNode()).get("printed").booleanValue()).isTrue();
    assertThat(call(peer, "echo", JSON.objectNode().put("text", "ok")).get("text").stringValue())
        .isEqualTo("ok");
    assertThat(stderr).contains("stray output that is not a JSON-RPC message");
  }

  @Test
  void theServerGetsItsEnvironmentAndWorkingDirectory(@TempDir Path dir) throws Exception {
    JsonRpcPeer peer = connect(child("serve").env("JMCP_TEST_VALUE", "forty-two")
        .directory(dir).build());

    assertThat(call(peer, "env", JSON.objectNode().put("name", "JMCP_TEST_VALUE"))
        .get("value").stringValue()).isEqualTo("forty-two");
    assertThat(call(peer, "env", JSON.objectNode().put("name", "PATH")).get("value").isString())
        .isTrue();
    assertThat(Path.of(call(peer, "cwd", JSON.objectNode()).get("value").stringValue())
        .toRealPath()).isEqualTo(dir.toRealPath());
  }

  @Test
  void aClearedEnvironmentHoldsOnlyWhatWasSet() throws Exception {
    JsonRpcPeer peer = connect(child("serve").inheritEnvironment(false)
        .env("JMCP_TEST_VALUE", "alone").build());

    assertThat(call(peer, "env", JSON.objectNode().put("name", "JMCP_TEST_VALUE"))
        .get("value").stringValue()).isEqualTo("alone");
    assertThat(call(peer, "env", JSON.objectNode().put("name", "PATH")).get("value").isNull())
        .isTrue();
  }
}
