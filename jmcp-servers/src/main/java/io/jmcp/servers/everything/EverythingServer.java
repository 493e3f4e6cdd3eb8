package io.jmcp.servers.everything;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import java.time.Duration;

/**
 * jmcp's protocol showcase: every server feature (tools with every content type, progress,
 * logging, structured output; paged resources, templates, subscriptions; prompts; completion)
 * and every request a server can make of a client (sampling, elicitation, roots).
 */
public final class EverythingServer {

  /** How often subscribed resources are announced as updated, by default. */
  public static final Duration UPDATE_INTERVAL = Duration.ofSeconds(10);

  private EverythingServer() {
  }

  public static McpServer create() {
    return create(UPDATE_INTERVAL);
  }

  /** The server, announcing updates of subscribed resources every {@code updateInterval}. */
  public static McpServer create(Duration updateInterval) {
    EverythingResources resources = new EverythingResources();
    McpServerBuilder builder = McpServer.builder(
            Implementation.of("jmcp-everything", EverythingServer.class.getPackage()
                    .getImplementationVersion() == null ? "dev"
                    : EverythingServer.class.getPackage().getImplementationVersion())
                .withTitle("jmcp everything server")
                .withDescription("Exercises every feature of the Model Context Protocol"))
        .instructions("This server demonstrates every MCP feature. Try the tools echo, add, "
            + "long_running_operation (progress), prime_sum (tasks), sample_llm (sampling), "
            + "elicit_user_info "
            + "(elicitation) and list_roots (roots); read test://static/resource/{id}; "
            + "get the prompts simple_prompt, complex_prompt and resource_prompt.")
        .pageSize(10)
        .taskPollInterval(Duration.ofMillis(250));
    EverythingTools.register(builder, resources);
    resources.register(builder);
    EverythingPrompts.register(builder, resources);
    McpServer server = builder.build();
    startUpdates(server, updateInterval);
    return server;
  }

  /** Tells subscribers, every {@code interval}, that their resources changed. */
  private static void startUpdates(McpServer server, Duration interval) {
    Thread.ofVirtual().name("everything-updates").start(() -> {
      try {
        while (true) {
          Thread.sleep(interval);
          server.subscribedResources().forEach(server::notifyResourceUpdated);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
