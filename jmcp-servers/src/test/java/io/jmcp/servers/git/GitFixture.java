package io.jmcp.servers.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A temporary repository built with JGit: files, commits with fixed authors and times, branches;
 * and the git command line, to compare the server's text with what git itself prints.
 */
final class GitFixture implements AutoCloseable {

  static final PersonIdent AUTHOR = new PersonIdent("Ada Lovelace", "ada@example.com",
      Instant.parse("2024-01-15T13:30:25Z"), ZoneOffset.ofHours(1));

  final Path root;
  final Git git;
  private int commits;

  private GitFixture(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  /** A new repository on branch main, with a fixed identity in its own config. */
  static GitFixture init(Path root) {
    try {
      Files.createDirectories(root);
      Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
      StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Ada Lovelace");
      config.setString("user", null, "email", "ada@example.com");
      config.save();
      return new GitFixture(root.toRealPath(), git);
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An existing repository (a clone, say), given the fixture's identity. */
  static GitFixture initExisting(Path root) {
    try {
      Git git = Git.open(root.toFile());
      StoredConfig config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Ada Lovelace");
      config.setString("user", null, "email", "ada@example.com");
      config.save();
      return new GitFixture(root.toRealPath(), git);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitFixture write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String path) {
    try {
      return Files.readString(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitFixture delete(String path) {
    try {
      Files.delete(root.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitFixture stage(String... paths) {
    try {
      var add = git.add();
      for (String path : paths) {
        add.addFilepattern(path);
      }
      add.call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Commits what is staged, an hour after the previous fixture commit. */
  RevCommit commit(String message) {
    try {
      PersonIdent when = new PersonIdent(AUTHOR,
          AUTHOR.getWhenAsInstant().plusSeconds(3600L * commits++), AUTHOR.getZoneId());
      return git.commit().setMessage(message).setAuthor(when).setCommitter(when)
          .setSign(false).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  GitFixture branch(String name) {
    try {
      git.branchCreate().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  GitFixture checkout(String name) {
    try {
      git.checkout().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What {@code git ARGS} prints in this repository (C locale, no user or system config). */
  String cli(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.pager=cat",
        "-c", "color.ui=never"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(false);
    Map<String, String> env = builder.environment();
    env.put("LC_ALL", "C");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("TZ", TimeZone.getDefault().getID());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + err);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
