package io.jmcp.servers.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official server's CVE classes, each attempted for real: argument injection through refs
 * and option-looking values (CVE-2025-68144), repositories outside the configured one, a sibling
 * sharing its prefix and a symbolic link out (CVE-2025-68145), path traversal when staging, and
 * programs run on the server's behalf (hooks, filter drivers). After every attempt, nothing
 * outside the allowed repository has changed.
 */
class GitSecurityTest {

  private static final String OUTSIDE = "is outside the allowed repository";

  @TempDir
  Path temp;

  private GitFixture repo;
  private GitFixture outside;
  private McpServer server;
  private TestConnection connection;

  @BeforeEach
  void setUp() {
    repo = GitFixture.init(temp.resolve("repo"));
    repo.write("a.txt", "a\n").stage(".").commit("first");
    outside = GitFixture.init(temp.resolve("repo-evil"));
    outside.write("secret.txt", "secret\n").stage(".").commit("theirs");
    outside.write("loose.txt", "not staged\n");
    server = GitServer.create(repo.root);
    connection = McpTestKit.open(server, builder -> builder);
  }

  @AfterEach
  void tearDown() {
    assertThat(connection.schemaViolations()).isEmpty();
    connection.close();
    server.close();
    repo.close();
    outside.close();
  }

  private CallToolResult call(String tool, Map<String, Object> arguments) {
    Map<String, Object> all = new HashMap<>(arguments);
    all.putIfAbsent("repo_path", repo.root.toString());
    return connection.client().callTool(tool, all);
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  private void assertRefused(CallToolResult result, String reason) {
    assertThat(result.isError()).as(text(result)).isTrue();
    assertThat(text(result)).contains(reason);
  }

  private void assertOutsideUntouched() {
    assertThat(outside.cli("status", "--porcelain")).isEqualTo("?? loose.txt\n");
    assertThat(outside.cli("log", "--format=%s")).isEqualTo("theirs\n");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("repo", "repo-evil", "outside-dir");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void optionLookingRefsAreRefusedEverywhere() throws Exception {
    Files.createDirectories(temp.resolve("outside-dir"));
    Path written = temp.resolve("outside-dir").resolve("x");
    String output = "--output=" + written;
    assertRefused(call("git_diff", Map.of("target", output)), "cannot start with '-'");
    assertRefused(call("git_diff", Map.of("target", "-p")), "cannot start with '-'");
    assertRefused(call("git_show", Map.of("revision", output)), "cannot start with '-'");
    assertRefused(call("git_checkout", Map.of("branch_name", "-f")), "cannot start with '-'");
    assertRefused(call("git_checkout", Map.of("branch_name", "--orphan=evil")),
        "cannot start with '-'");
    assertRefused(call("git_create_branch", Map.of("branch_name", "-rf")),
        "cannot start with '-'");
    assertRefused(call("git_create_branch", Map.of("branch_name", "ok", "base_branch", output)),
        "cannot start with '-'");
    assertRefused(call("git_branch", Map.of("branch_type", "local", "contains", output)),
        "cannot start with '-'");
    assertRefused(call("git_branch", Map.of("branch_type", "local", "not_contains", "-r")),
        "cannot start with '-'");
    assertRefused(call("git_log", Map.of("start_timestamp", "--all")), "cannot start with '-'");
    assertRefused(call("git_log", Map.of("end_timestamp", output)), "cannot start with '-'");
    assertRefused(call("git_add", Map.of("files", List.of("-rf"))), "cannot start with '-'");
    assertThat(written).doesNotExist();
    assertThat(repo.cli("for-each-ref", "--format=%(refname)")).isEqualTo("refs/heads/main\n");
    assertThat(repo.cli("status", "--porcelain")).isEmpty();
    assertOutsideUntouched();
  }

  @Test
  void anExistingRefThatLooksLikeAnOptionIsStillRefused() throws Exception {
    RefUpdate update = repo.git.getRepository().updateRef("refs/heads/--evil");
    update.setNewObjectId(repo.git.getRepository().resolve("HEAD"));
    update.forceUpdate();
    assertRefused(call("git_checkout", Map.of("branch_name", "--evil")), "cannot start with '-'");
    assertRefused(call("git_diff", Map.of("target", "--evil")), "cannot start with '-'");
    assertThat(repo.git.getRepository().getBranch()).isEqualTo("main");
  }

  @Test
  void aRepositoryOutsideTheAllowedOneIsRefused() throws Exception {
    Files.createDirectories(temp.resolve("outside-dir"));
    for (String path : List.of(outside.root.toString(), repo.root + "/../repo-evil",
        "../repo-evil", temp.toString(), "/")) {
      assertRefused(call("git_status", Map.of("repo_path", path)), OUTSIDE);
      assertRefused(call("git_add", Map.of("repo_path", path, "files", List.of("loose.txt"))),
          OUTSIDE);
      assertRefused(call("git_commit", Map.of("repo_path", path, "message", "pwned")), OUTSIDE);
      assertRefused(call("git_create_branch", Map.of("repo_path", path, "branch_name", "pwned")),
          OUTSIDE);
    }
    assertOutsideUntouched();
  }

  @Test
  void aSymbolicLinkOutOfTheRepositoryIsRefused() throws Exception {
    Files.createDirectories(temp.resolve("outside-dir"));
    Files.createSymbolicLink(repo.root.resolve("escape"), outside.root);
    String escape = repo.root.resolve("escape").toString();
    assertRefused(call("git_status", Map.of("repo_path", escape)), OUTSIDE);
    assertRefused(call("git_add", Map.of("repo_path", escape, "files", List.of("loose.txt"))),
        OUTSIDE);
    assertRefused(call("git_commit", Map.of("repo_path", escape, "message", "pwned")), OUTSIDE);
    Files.delete(repo.root.resolve("escape"));
    assertOutsideUntouched();
  }

  @Test
  void stagingRefusesPathsThatLeaveTheWorkTree() throws Exception {
    Path outsideDir = Files.createDirectories(temp.resolve("outside-dir"));
    Files.writeString(outsideDir.resolve("secret.txt"), "secret\n");
    Files.createSymbolicLink(repo.root.resolve("linked"), outsideDir);
    for (String file : List.of("../outside-dir/secret.txt", "sub/../../outside-dir/secret.txt",
        outsideDir.resolve("secret.txt").toString(), "../repo-evil/loose.txt",
        "linked/secret.txt")) {
      assertRefused(call("git_add", Map.of("files", List.of("a.txt", file))), "outside");
    }
    assertRefused(call("git_add", Map.of("files", List.of(".git/config"))), ".git directory");
    assertRefused(call("git_add", Map.of("files", List.of("nothing-here.txt"))),
        "did not match any files");
    assertThat(repo.cli("diff", "--cached", "--name-only")).isEmpty();
    assertThat(repo.cli("ls-files")).isEqualTo("a.txt\n");
    Files.delete(repo.root.resolve("linked"));
    assertOutsideUntouched();
  }

  @Test
  void noHookOrFilterProgramRuns() throws Exception {
    Path marker = temp.resolve("outside-dir").resolve("ran");
    Files.createDirectories(marker.getParent());
    Path hooks = Files.createDirectories(repo.root.resolve(".git/hooks"));
    for (String hook : List.of("pre-commit", "commit-msg", "post-commit", "post-checkout")) {
      Path script = hooks.resolve(hook);
      Files.writeString(script, "#!/bin/sh\necho " + hook + " >> '" + marker + "'\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    repo.write("b.txt", "b\n");
    assertThat(text(call("git_add", Map.of("files", List.of("b.txt")))))
        .isEqualTo("Files staged successfully");
    assertThat(text(call("git_commit", Map.of("message", "with hooks"))))
        .startsWith("Changes committed successfully with hash ");
    assertThat(text(call("git_create_branch", Map.of("branch_name", "side")))).contains("side");
    assertThat(text(call("git_checkout", Map.of("branch_name", "side")))).contains("side");
    assertThat(marker).as("hooks ran").doesNotExist();

    var config = repo.git.getRepository().getConfig();
    config.setString("filter", "evil", "clean", "sh -c 'echo filter >> " + marker + "'");
    config.setString("filter", "evil", "smudge", "sh -c 'echo filter >> " + marker + "'");
    config.save();
    repo.write(".gitattributes", "*.evil filter=evil\n").write("c.evil", "c\n");
    CallToolResult filtered = call("git_add", Map.of("files", List.of("c.evil")));
    assertRefused(filtered, "runs no external programs");
    assertThat(marker).doesNotExist();
  }

  @Test
  void jgitsOwnCacheIsKeptInMemory() throws Exception {
    // Left to its defaults, JGit records measured timestamp resolutions in
    // $XDG_CONFIG_HOME/jgit/config: a write outside every repository.
    StoredConfig cache = SystemReader.getInstance().getJGitConfig();
    assertThat(cache).isInstanceOf(FileBasedConfig.class);
    assertThat(((FileBasedConfig) cache).getFile()).isNull();
    StoredConfig system = SystemReader.getInstance().getSystemConfig();
    assertThat(((FileBasedConfig) system).getFile())
        .satisfiesAnyOf(file -> assertThat(file).isNull(),
            file -> assertThat(file).hasToString("/etc/gitconfig"));
  }

  @Test
  void aGitDirectoryOutsideTheAllowedAreaIsRefused() throws Exception {
    Files.createDirectories(temp.resolve("outside-dir"));
    Path linked = Files.createDirectories(repo.root.resolve("sub"));
    Files.writeString(linked.resolve(".git"), "gitdir: " + outside.root.resolve(".git") + "\n");
    assertRefused(call("git_commit", Map.of("repo_path", linked.toString(), "message", "x")),
        "outside the allowed area");
    Files.delete(linked.resolve(".git"));
    Files.delete(linked);
    assertOutsideUntouched();
  }

  @Test
  void rootsConfineAServerStartedWithoutARepository() throws Exception {
    Files.createDirectories(temp.resolve("outside-dir"));
    McpServer rootsServer = GitServer.create(null);
    try (TestConnection roots = McpTestKit.open(rootsServer, builder -> builder.roots(
            List.of(Root.of(repo.root.toUri().toString(), "repo"))));
        TestConnection noRoots = McpTestKit.open(rootsServer, builder -> builder)) {
      CallToolResult inside = roots.client().callTool("git_status",
          Map.of("repo_path", repo.root.toString()));
      assertThat(text(inside)).startsWith("Repository status:\nOn branch main");
      for (String path : List.of(outside.root.toString(), repo.root + "-evil", "repo")) {
        CallToolResult refused = roots.client().callTool("git_commit",
            Map.of("repo_path", path, "message", "pwned"));
        assertRefused(refused, path.equals("repo") ? "must be an absolute path"
            : "is outside the client's roots");
      }
      CallToolResult none = noRoots.client().callTool("git_status",
          Map.of("repo_path", repo.root.toString()));
      assertRefused(none, "offers no roots");
      assertThat(roots.schemaViolations()).isEmpty();
    } finally {
      rootsServer.close();
    }
    assertOutsideUntouched();
  }
}
