package io.jmcp.servers.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jspecify.annotations.Nullable;

/**
 * The tools that change a repository: commit, add, reset, create a branch, check out. Each
 * writes only inside the repository (its git directory, and its work tree on checkout), and
 * JGit's own path checks keep a checkout from writing through {@code ..} or into {@code .git}.
 */
final class WriteOperations {

  /** Longer commit messages are refused. */
  static final int MAX_MESSAGE = 1_000_000;

  private WriteOperations() {
  }

  static String commit(Repository repository, String message)
      throws IOException, GitAPIException {
    if (message.length() > MAX_MESSAGE) {
      throw new GitInputException("The commit message is longer than " + MAX_MESSAGE
          + " characters");
    }
    RevCommit commit = Git.wrap(repository).commit().setMessage(message).setNoVerify(true)
        .setSign(Boolean.FALSE).call();
    return "Changes committed successfully with hash " + commit.name();
  }

  static String add(Repository repository, List<String> files)
      throws IOException, GitAPIException {
    if (files.isEmpty()) {
      throw new GitInputException("files must name at least one path to stage ('.' stages "
          + "everything)");
    }
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    List<String> patterns = new ArrayList<>();
    for (String file : files) {
      patterns.add(ArgumentRules.workTreePath(workTree, file));
    }
    DirCache index = repository.readDirCache();
    for (int i = 0; i < patterns.size(); i++) {
      String pattern = patterns.get(i);
      if (!pattern.equals(".") && !Files.exists(workTree.resolve(pattern), LinkOption.NOFOLLOW_LINKS)
          && !tracked(index, pattern)) {
        throw new GitInputException("pathspec '" + files.get(i) + "' did not match any files");
      }
    }
    var add = Git.wrap(repository).add();
    patterns.forEach(add::addFilepattern);
    add.call();
    return "Files staged successfully";
  }

  private static boolean tracked(DirCache index, String path) {
    if (index.findEntry(path) >= 0) {
      return true;
    }
    return index.getEntriesWithin(path).length > 0;
  }

  static String reset(Repository repository) throws IOException, GitAPIException {
    if (repository.resolve(Constants.HEAD) == null) {
      DirCache index = repository.lockDirCache();
      try {
        index.clear();
        index.write();
        index.commit();
      } finally {
        index.unlock();
      }
    } else {
      Git.wrap(repository).reset().setMode(ResetType.MIXED).call();
    }
    return "All staged changes reset";
  }

  static String createBranch(Repository repository, String name, @Nullable String base)
      throws IOException, GitAPIException {
    ArgumentRules.newBranchName(name);
    if (repository.exactRef(Constants.R_HEADS + name) != null) {
      throw new GitInputException("A branch named '" + name + "' already exists");
    }
    ObjectId start;
    String baseName;
    if (base != null) {
      start = Revisions.commit(repository, "base branch", base);
      Ref ref = repository.findRef(base);
      baseName = ref == null ? base : shortName(ref.getName());
    } else {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        throw new GitInputException("Cannot create a branch: "
            + CommitHistory.noCommitsYet(repository));
      }
      start = head;
      String current = repository.getFullBranch();
      baseName = current != null && current.startsWith(Constants.R_HEADS)
          ? current.substring(Constants.R_HEADS.length()) : Constants.HEAD;
    }
    Git.wrap(repository).branchCreate().setName(name).setStartPoint(start.name())
        .setUpstreamMode(SetupUpstreamMode.NOTRACK).call();
    return "Created branch '" + name + "' from '" + baseName + "'";
  }

  /** A ref's name as GitPython prints it: without refs/heads/, refs/tags/ or refs/remotes/. */
  private static String shortName(String refName) {
    return Repository.shortenRefName(refName);
  }

  static String checkout(Repository repository, String name)
      throws IOException, GitAPIException {
    ObjectId commit = Revisions.commit(repository, "branch name", name);
    boolean named = repository.exactRef(Constants.R_HEADS + name) != null
        || Repository.isValidRefName(Constants.R_HEADS + name) && repository.findRef(name) != null;
    try {
      // A branch or another ref by its name (so HEAD's reflog says what was checked out);
      // any other revision (HEAD~1, a short hash) detaches HEAD at its commit.
      Git.wrap(repository).checkout().setName(named ? name : commit.name()).call();
    } catch (CheckoutConflictException e) {
      throw new GitInputException("Your local changes to the following files would be "
          + "overwritten by checkout: " + String.join(", ", e.getConflictingPaths())
          + ". Commit or stash them before you switch branches.");
    }
    return "Switched to branch '" + name + "'";
  }
}
