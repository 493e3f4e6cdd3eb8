package io.jmcp.cli;

import picocli.CommandLine.Command;

/** The top-level {@code jmcp} command. */
@Command(name = "jmcp", mixinStandardHelpOptions = true,
    versionProvider = JmcpVersion.class,
    description = "The Model Context Protocol for Java: servers, clients and tools.",
    subcommands = {ServerCommand.class, DemoCommand.class, ConformanceCommand.class})
final class JmcpCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
