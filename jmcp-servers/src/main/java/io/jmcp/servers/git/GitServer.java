package io.jmcp.servers.git;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The git server: the tools of the official Python {@code mcp-server-git}, on JGit.
 *
 * <p>Every tool takes {@code repo_path}, which must lie inside the allowed area: the repository
 * given at start ({@code --repository}), or, without one, the client's roots. Refs and paths
 * that look like options are refused, staged paths must stay inside the work tree, and the
 * server runs no hooks or other programs, so nothing outside the allowed repositories is read or
 * written.
 */
public final class GitServer {

  private GitServer() {
  }

  /**
   * The server, confined to {@code repository} or, if null, to the client's roots.
   *
   * @throws IllegalArgumentException if {@code repository} is not a git work tree
   */
  public static McpServer create(@Nullable Path repository) {
    RepositoryScope scope = new RepositoryScope(repository, JGitSetup.fileSystem());
    String version = GitServer.class.getPackage().getImplementationVersion();
    McpServerBuilder builder = McpServer.builder(
            Implementation.of("jmcp-git", version == null ? "dev" : version)
                .withTitle("jmcp git server")
                .withDescription("Reads and changes git repositories (JGit)"))
        .instructions(scope.repository() != null
            ? "Git tools for the repository " + scope.repository()
                + ". Pass it (or a path inside it) as repo_path."
            : "Git tools for repositories inside the client's roots. Pass a repository's "
                + "absolute path as repo_path.");
    new GitTools(scope).register(builder);
    return builder.build();
  }
}
