package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.McpHttpServer;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A thousand clients at once, each in its own session, calls interleaved: no error, no mix-up. */
class ConcurrentSessionsTest {

  @Test
  void aThousandConcurrentSessions() throws Exception {
    McpServer server = HttpFixtures.builder().build();
    HttpClient shared = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (McpHttpServer http = McpHttpServer.builder(server).start();
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int c = 0; c < 1000; c++) {
        int clientNumber = c;
        results.add(clients.submit(() -> {
          List<String> answers = new ArrayList<>();
          try (McpClient client = McpClient.builder(Implementation.of("c" + clientNumber, "1"))
              .connect(StreamableHttpClientTransport.builder(http.endpoint()).httpClient(shared)
                  .build())) {
            for (int call = 0; call < 5; call++) {
              answers.add(StreamableHttpTest.text(client.callTool("echo",
                  Map.of("text", clientNumber + ":" + call))));
            }
          }
          return answers;
        }));
      }
      for (int c = 0; c < 1000; c++) {
        assertThat(results.get(c).get())
            .containsExactly(c + ":0", c + ":1", c + ":2", c + ":3", c + ":4");
      }
      for (int i = 0; i < 500 && http.sessionCount() > 0; i++) {
        Thread.sleep(20);
      }
      assertThat(http.sessionCount()).as("sessions left after every client said DELETE").isZero();
    }
  }
}
