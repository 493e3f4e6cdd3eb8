package io.jmcp.cli;

import io.jmcp.servers.everything.EverythingServer;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jmcp server everything}: the protocol showcase server. */
@Command(name = "everything", mixinStandardHelpOptions = true,
    header = "Runs the everything server (every MCP feature) (stdio; --http for HTTP).",
    description = {"A showcase of every MCP feature (tools, resources, templates, prompts,",
        "completion, logging, progress, sampling, elicitation, roots). Host config: {\"command\": \"jmcp\", \"args\": [\"server\", "
            + "\"everything\"]}"})
final class EverythingCommand implements Callable<Integer> {

  @Option(names = "--update-interval", paramLabel = "DURATION", defaultValue = "PT10S",
      description = "How often subscribed resources are announced as updated, ISO-8601 "
          + "(default: ${DEFAULT-VALUE}).")
  Duration updateInterval;

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Override
  public Integer call() throws InterruptedException {
    serve.serve(EverythingServer.create(updateInterval));
    return 0;
  }
}
