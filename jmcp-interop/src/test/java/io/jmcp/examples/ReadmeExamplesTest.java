package io.jmcp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.servers.everything.EverythingServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.transport.memory.InMemoryTransport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's examples do what the README says. */
class ReadmeExamplesTest {

  @Test
  void theWeatherServerAnswers() {
    try (McpClient client = McpTestKit.connect(WeatherServer.create())) {
      var result = client.callTool("forecast", Map.of("city", "Oslo", "days", 3));
      assertThat(((TextContent) result.content().getFirst()).text())
          .isEqualTo("Sunny in Oslo for 3 day(s)");
      assertThat(((TextResourceContents) client.readResource("weather://stations").contents()
          .getFirst()).text()).contains("OSL");
    }
  }

  @Test
  void theClientWalksTheEverythingServer() {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    EverythingServer.create().connect(pair.server());
    String output = EverythingClient.run(pair.client());
    assertThat(output).contains("echo: Echoes back").contains("The sum of 2 and 40 is 42.");
  }
}
