package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.RequestTimeoutException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CancellationTest {

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final McpServer server = McpServer.builder(Implementation.of("slow", "1"))
      .tool(Tool.builder("wait").build(), (args, context) -> {
        context.onCancel(cancelled::countDown);
        started.countDown();
        Thread.sleep(30_000);
        return CallToolResult.text("too late");
      })
      .tool(Tool.builder("quick").build(), (args, context) -> CallToolResult.text("quick"))
      .build();

  @Test
  void cancellingACallStopsTheToolAndTheSessionGoesOn() throws Exception {
    try (McpClient client = McpTestKit.connect(server)) {
      CompletableFuture<CallToolResult> call =
          client.requestAsync(CallToolRequest.of("wait", null), CallOptions.DEFAULT);
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      call.cancel(true);
      assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(Fixtures.text(client.callTool("quick", Map.of()))).isEqualTo("quick");
    }
  }

  @Test
  void aTimedOutCallIsCancelledAtTheServer() throws Exception {
    try (McpClient client = McpTestKit.connect(server)) {
      assertThatThrownBy(() -> client.callTool(CallToolRequest.of("wait", null),
          CallOptions.timeout(Duration.ofMillis(300))))
          .isInstanceOf(RequestTimeoutException.class);
      assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(Fixtures.text(client.callTool("quick", Map.of()))).isEqualTo("quick");
    }
  }

  @Test
  void interruptingTheCallerCancelsTheCall() throws Exception {
    try (McpClient client = McpTestKit.connect(server)) {
      Thread caller = Thread.ofVirtual().start(() -> {
        try {
          client.callTool("wait", Map.of());
        } catch (RuntimeException expected) {
          // RequestCancelledException
        }
      });
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      caller.interrupt();
      assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
      caller.join(5000);
      assertThat(caller.isAlive()).isFalse();
    }
  }
}
