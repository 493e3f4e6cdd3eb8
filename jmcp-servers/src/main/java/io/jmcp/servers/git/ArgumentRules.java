package io.jmcp.servers.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Checks on the strings a model passes as refs, branch names and paths (CVE-2025-68144 class:
 * argument injection). JGit never builds a command line, so an option-looking value cannot become
 * an option; it is still refused outright, so that a value such as {@code --output=/tmp/x} fails
 * with a clear message instead of being looked up as a ref, and so that the server behaves the
 * same whatever runs underneath.
 */
final class ArgumentRules {

  /** Longer refs or paths are never legitimate and are refused before any lookup. */
  static final int MAX_LENGTH = 4096;

  private ArgumentRules() {
  }

  /** A revision, ref or commit-ish ({@code what} names the argument in the message). */
  static String revision(String what, String value) {
    plain(what, value);
    if (value.isBlank()) {
      throw new GitInputException("Invalid " + what + ": it must not be empty");
    }
    return value;
  }

  /** The name of a branch to create. */
  static String newBranchName(String value) {
    revision("branch name", value);
    if (!Repository.isValidRefName(Constants.R_HEADS + value)) {
      throw new GitInputException("Invalid branch name: '" + value + "' is not a valid git "
          + "branch name (no spaces, '..', '~', '^', ':', '?', '*', '[', '\\' or trailing '.lock')");
    }
    return value;
  }

  /**
   * A path to stage, as git's repository-relative form ({@code /} separated, {@code .} for the
   * whole tree). Refused: option-looking values, anything that leaves the work tree lexically or
   * through a symbolic link to a directory, and anything inside {@code .git}. A symbolic link as
   * the last component is staged as a link, as git does, and its target is never read.
   */
  static String workTreePath(Path workTree, String value) {
    plain("path", value);
    if (value.isEmpty()) {
      throw new GitInputException("Invalid path: it must not be empty");
    }
    Path resolved;
    try {
      resolved = workTree.resolve(value).normalize();
    } catch (InvalidPathException e) {
      throw new GitInputException("Invalid path: '" + value + "' (" + e.getReason() + ")");
    }
    if (!resolved.startsWith(workTree)) {
      throw new GitInputException(
          "Path '" + value + "' is outside the repository '" + workTree + "'");
    }
    Path relative = workTree.relativize(resolved);
    for (Path part : relative) {
      if (part.toString().toLowerCase(Locale.ROOT).equals(Constants.DOT_GIT)) {
        throw new GitInputException("Path '" + value + "' is inside the .git directory, which "
            + "is never staged");
      }
    }
    Path parent = resolved.getParent();
    if (!resolved.equals(workTree) && parent != null) {
      Path existing = deepestExisting(parent);
      try {
        if (!existing.toRealPath().startsWith(workTree)) {
          throw new GitInputException("Path '" + value + "' leads outside the repository '"
              + workTree + "' through a symbolic link");
        }
      } catch (IOException e) {
        throw new GitInputException("Invalid path: '" + value + "' (" + e.getMessage() + ")");
      }
    }
    String gitPath = relative.toString().replace('\\', '/');
    return gitPath.isEmpty() ? "." : gitPath;
  }

  private static Path deepestExisting(Path path) {
    Path current = path;
    while (current != null && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
      current = current.getParent();
    }
    return current == null ? path.getRoot() : current;
  }

  /** No option look-alikes, no control characters, no absurd lengths. */
  private static void plain(String what, String value) {
    if (value.startsWith("-")) {
      throw new GitInputException(
          "Invalid " + what + ": '" + value + "' - cannot start with '-'");
    }
    if (value.length() > MAX_LENGTH) {
      throw new GitInputException("Invalid " + what + ": longer than " + MAX_LENGTH
          + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new GitInputException("Invalid " + what + ": it contains a control character");
      }
    }
  }
}
