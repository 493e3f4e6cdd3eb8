package io.jmcp.servers.git;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.roots.Root;
import io.jmcp.server.RequestContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.jspecify.annotations.Nullable;

/**
 * Where the server may work (CVE-2025-68145 class: unconfined repository paths). With
 * {@code --repository DIR} that repository (and directories below it) is the only allowed area;
 * without it, the client's roots are. Paths are compared by their real paths, after every
 * symbolic link is resolved, one path component at a time, so neither {@code ..}, a link, nor a
 * sibling that merely shares a prefix ({@code /repo-evil} beside {@code /repo}) gets out.
 *
 * <p>A repository must be a work tree with its own {@code .git}; the git directory it names
 * must lie inside the allowed area too, since that is where commits and the index are written.
 */
final class RepositoryScope {

  private final @Nullable Path repository;
  private final FS fileSystem;

  /**
   * @param repository the configured repository, or null to use the client's roots
   * @throws IllegalArgumentException if the configured repository is not a git work tree
   */
  RepositoryScope(@Nullable Path repository, FS fileSystem) {
    this.fileSystem = fileSystem;
    if (repository == null) {
      this.repository = null;
      return;
    }
    try {
      this.repository = repository.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException(repository + " does not exist");
    }
    if (!isWorkTree(this.repository)) {
      throw new IllegalArgumentException(repository + " is not a valid Git repository "
          + "(no .git in it)");
    }
  }

  /** The configured repository (a real path), if any. */
  @Nullable Path repository() {
    return repository;
  }

  /** Opens the repository at {@code repoPath} once it is known to be inside the allowed area. */
  Repository open(String repoPath, RequestContext context) {
    List<Path> allowed = allowedAreas(context);
    Path real = realPath(candidate(repoPath));
    if (allowed.stream().noneMatch(real::startsWith)) {
      throw new GitInputException(repository != null
          ? "Repository path '" + repoPath + "' is outside the allowed repository '"
              + repository + "'"
          : "Repository path '" + repoPath + "' is outside the client's roots " + allowed);
    }
    if (!isWorkTree(real)) {
      throw new GitInputException("'" + repoPath + "' is not a git repository: it has no .git. "
          + "Pass the top directory of a work tree"
          + (repository != null ? ", such as " + repository : "") + ".");
    }
    Repository opened;
    try {
      opened = new FileRepositoryBuilder().setFS(fileSystem).setWorkTree(real.toFile())
          .setMustExist(true).build();
    } catch (IOException e) {
      throw new GitInputException("'" + repoPath + "' is not a valid git repository: "
          + e.getMessage());
    }
    try {
      confineGitDirectory(opened, allowed, repoPath);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    return opened;
  }

  private Path candidate(String repoPath) {
    if (repoPath.isBlank() || repoPath.length() > ArgumentRules.MAX_LENGTH
        || repoPath.indexOf('\0') >= 0) {
      throw new GitInputException("Invalid repo_path: '" + repoPath + "'");
    }
    Path path;
    try {
      path = Path.of(repoPath);
    } catch (InvalidPathException e) {
      throw new GitInputException("Invalid repo_path: '" + repoPath + "' (" + e.getReason() + ")");
    }
    if (path.isAbsolute()) {
      return path;
    }
    if (repository == null) {
      throw new GitInputException("repo_path must be an absolute path inside one of the "
          + "client's roots, not '" + repoPath + "'");
    }
    return repository.resolve(path);
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new GitInputException("Repository path '" + path + "' does not exist");
    } catch (IOException e) {
      throw new GitInputException("Repository path '" + path + "' cannot be read: "
          + e.getMessage());
    }
  }

  private List<Path> allowedAreas(RequestContext context) {
    if (repository != null) {
      return List.of(repository);
    }
    List<Root> roots;
    try {
      roots = context.roots();
    } catch (JsonRpcException e) {
      if (e.code() != ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY) {
        throw e;
      }
      throw new GitInputException("No repository is allowed: this server was started without "
          + "--repository and the client offers no roots. Start it with --repository DIR, or "
          + "use a client that shares its roots.");
    }
    List<Path> areas = new ArrayList<>();
    for (Root root : roots) {
      Path area = rootPath(root);
      if (area != null) {
        areas.add(area);
      }
    }
    if (areas.isEmpty()) {
      throw new GitInputException("No repository is allowed: the client's roots name no existing "
          + "local directory. Add the repository's directory to the client's roots, or start "
          + "the server with --repository DIR.");
    }
    return areas;
  }

  private static @Nullable Path rootPath(Root root) {
    try {
      URI uri = URI.create(root.uri());
      if (!"file".equalsIgnoreCase(uri.getScheme())) {
        return null;
      }
      return Path.of(uri).toRealPath();
    } catch (IllegalArgumentException | IOException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  private static boolean isWorkTree(Path directory) {
    return Files.isDirectory(directory)
        && Files.exists(directory.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS);
  }

  /** The git directory (and, for a linked work tree, the common one) must be allowed too. */
  private static void confineGitDirectory(Repository opened, List<Path> allowed, String repoPath) {
    List<java.io.File> directories = List.of(opened.getDirectory(), opened.getCommonDirectory());
    for (java.io.File directory : directories) {
      Path real;
      try {
        real = directory.toPath().toRealPath();
      } catch (IOException e) {
        throw new GitInputException("The git directory of '" + repoPath + "' cannot be read: "
            + e.getMessage());
      }
      if (allowed.stream().noneMatch(real::startsWith)) {
        throw new GitInputException("The git directory of '" + repoPath + "' is " + real
            + ", outside the allowed area; this server writes only inside it. Allow the "
            + "repository that owns it instead.");
      }
    }
  }
}
