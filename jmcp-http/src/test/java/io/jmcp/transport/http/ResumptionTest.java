package io.jmcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.server.McpServer;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client that loses its answer stream resumes it with Last-Event-ID and misses nothing. */
class ResumptionTest {

  private final McpServer server = HttpFixtures.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final McpHttpServer http =
      McpHttpServer.builder(server).options(HttpServerOptions.defaults()).start();

  @AfterEach
  void stop() {
    http.close();
  }

  private HttpResponse<InputStream> post(String session, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.endpoint())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  @Test
  void aDroppedStreamIsResumedWithoutLossOrRepeats() throws Exception {
    HttpResponse<InputStream> init = post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
        + "\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
    String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    init.body().close();
    post(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").body().close();

    HttpResponse<InputStream> call = post(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":"
        + "\"tools/call\",\"params\":{\"name\":\"steps\"}}");
    SseReader first = new SseReader(call.body(), 1 << 20);
    List<SseEvent> before = new ArrayList<>();
    while (before.stream().filter(e -> !e.data().isEmpty()).count() < 2) {
      before.add(first.next());
    }
    call.body().close();  // the connection drops mid-answer
    String lastId = before.getLast().id();

    Thread.sleep(400);
    HttpResponse<InputStream> resumed = client.send(HttpRequest.newBuilder(http.endpoint())
        .header("Accept", "text/event-stream").header("Mcp-Session-Id", session)
        .header("MCP-Protocol-Version", "2025-11-25").header("Last-Event-ID", lastId).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(resumed.statusCode()).isEqualTo(200);
    SseReader rest = new SseReader(resumed.body(), 1 << 20);
    List<SseEvent> after = new ArrayList<>();
    SseEvent event;
    while ((event = rest.next()) != null) {
      after.add(event);
      if (event.data().contains("\"result\"")) {
        break;
      }
    }
    resumed.body().close();

    List<String> data = new ArrayList<>();
    before.stream().map(SseEvent::data).filter(d -> !d.isEmpty()).forEach(data::add);
    after.stream().map(SseEvent::data).filter(d -> !d.isEmpty()).forEach(data::add);
    assertThat(data).hasSize(6);
    for (int i = 1; i <= 5; i++) {
      assertThat(data.get(i - 1)).contains("\"step " + i + "\"");
    }
    assertThat(data.get(5)).contains("all steps done").contains("\"id\":2");
    assertThat(after).allSatisfy(e -> assertThat(e.id()).isNotEqualTo(lastId));
  }
}
