package io.jmcp.cli;

import picocli.CommandLine.Command;

/** {@code jmcp server NAME}: runs one of the built-in MCP servers. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Runs a built-in MCP server over stdio, or over HTTP with --http [HOST:]PORT.",
    subcommands = {EverythingCommand.class, FetchCommand.class, FilesystemCommand.class,
        GitCommand.class, MemoryCommand.class, SequentialThinkingCommand.class, SqlCommand.class,
        SkillsCommand.class, TimeCommand.class})
final class ServerCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
