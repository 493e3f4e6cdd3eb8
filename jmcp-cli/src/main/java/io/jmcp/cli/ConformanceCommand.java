package io.jmcp.cli;

import io.jmcp.conformance.ConformanceClient;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.conformance.ConformanceServer;
import io.jmcp.transport.http.server.McpHttpServer;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jmcp conformance}: the entry points of the official MCP conformance suite. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = "Entry points for the official MCP conformance suite.",
    subcommands = {ConformanceCommand.Server.class, ConformanceCommand.Client.class})
final class ConformanceCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code jmcp conformance server --port PORT}: the suite's everything-server over HTTP. */
  @Command(name = "server", mixinStandardHelpOptions = true,
      description = "Serves the conformance everything-server at http://127.0.0.1:PORT/mcp.")
  static final class Server implements Callable<Integer> {
    @Option(names = "--port", required = true, description = "The port to listen on.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to bind.")
    String host;

    @Override
    public Integer call() throws InterruptedException {
      try (McpHttpServer http = McpHttpServer.builder(ConformanceServer.create()).host(host)
          .port(port).start()) {
        System.err.println("jmcp conformance server at " + http.endpoint());
        http.join();
      }
      return 0;
    }
  }

  /** {@code jmcp conformance client URL}: plays the scenario in MCP_CONFORMANCE_SCENARIO. */
  @Command(name = "client", mixinStandardHelpOptions = true,
      description = "Plays the conformance scenario named in MCP_CONFORMANCE_SCENARIO against URL.")
  static final class Client implements Callable<Integer> {
    /** Below the suite's own 30 s timeout. */
    private static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(25);

    @Parameters(paramLabel = "URL", description = "The server URL the suite started.")
    URI url;

    @Override
    public Integer call() {
      String scenario = System.getenv().getOrDefault("MCP_CONFORMANCE_SCENARIO", "");
      // Suite 0.2 names the wire it speaks; 0.1.16 speaks the handshake revisions only.
      String wire = System.getenv().getOrDefault("MCP_CONFORMANCE_PROTOCOL_VERSION", "");
      ProtocolVersion version = ProtocolVersion.parse(wire)
          .orElse(ProtocolVersion.LATEST_LEGACY);
      String context = System.getenv("MCP_CONFORMANCE_CONTEXT");
      // The suite waits for this process however long it takes: keep to a deadline of our own.
      Thread watchdog = new Thread(() -> {
        try {
          Thread.sleep(DEADLINE.toMillis());
          System.err.println("jmcp conformance client: " + scenario + " took longer than "
              + DEADLINE + "; giving up");
          Runtime.getRuntime().halt(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "conformance-deadline");
      watchdog.setDaemon(true);
      watchdog.start();
      return ConformanceClient.run(scenario, version, url, context, System.err);
    }
  }
}
