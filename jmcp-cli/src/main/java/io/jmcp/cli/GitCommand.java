package io.jmcp.cli;

import io.jmcp.server.McpServer;
import io.jmcp.servers.git.GitServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jmcp server git}: the official mcp-server-git's tools, on JGit. */
@Command(name = "git", mixinStandardHelpOptions = true,
    header = "Runs the git server (a repository's history and changes) (stdio; --http for HTTP).",
    description = {"The tools of the official mcp-server-git "
        + "(git_status, git_diff_unstaged, git_diff_staged, git_diff, git_commit, git_add, "
        + "git_reset, git_log, git_create_branch, git_checkout, git_show, git_branch), on JGit.",
        "",
        "Every tool's repo_path must lie inside --repository; without it, inside the client's "
            + "roots. Refs and paths that look like options are refused; no hooks or other "
            + "programs run.",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"git\", "
            + "\"--repository\", \"/path/to/repo\"]}"})
final class GitCommand implements Callable<Integer> {

  @Option(names = {"-r", "--repository"}, paramLabel = "DIR",
      description = "The git repository the tools may use (and directories below it). Without "
          + "it, repositories inside the client's roots are allowed.")
  Path repository;

  @Option(names = {"-v", "--verbose"},
      description = "Log more to stderr (-v: info, -vv: debug).")
  boolean[] verbose = new boolean[0];

  @Mixin
  ServeOptions serve;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (verbose.length > 0) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
          verbose.length == 1 ? "info" : "debug");
    }
    McpServer server;
    try {
      server = GitServer.create(repository);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("jmcp server git: " + e.getMessage());
      return 1;
    }
    serve.serve(server);
    return 0;
  }
}
