package io.jmcp.cli;

import io.jmcp.servers.sequentialthinking.SequentialThinkingServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jmcp server sequential-thinking}: a drop-in for server-sequential-thinking. */
@Command(name = "sequential-thinking", mixinStandardHelpOptions = true,
    header = "Runs the sequential-thinking server (step-by-step reasoning) (stdio; --http for HTTP).",
    description = {"A drop-in for the official @modelcontextprotocol/server-sequential-thinking: "
        + "the sequentialthinking tool records a model's numbered, revisable, branching "
        + "thoughts. Each thought is drawn on stderr unless DISABLE_THOUGHT_LOGGING=true; "
        + "FORCE_COLOR=1 colours the labels.",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"sequential-thinking\"]}"})
final class SequentialThinkingCommand implements Callable<Integer> {

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Override
  public Integer call() throws InterruptedException {
    serve.serve(SequentialThinkingServer.create(System.getenv()));
    return 0;
  }
}
