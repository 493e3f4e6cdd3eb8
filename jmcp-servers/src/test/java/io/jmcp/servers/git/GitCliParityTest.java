package io.jmcp.servers.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the official server returns git's own text (status, the three diffs, branch listings),
 * ours must be what the real {@code git} command prints for the same repository.
 */
class GitCliParityTest {

  @TempDir
  Path temp;

  private GitFixture repo;
  private McpServer server;
  private TestConnection connection;

  private void start(GitFixture fixture) {
    repo = fixture;
    server = GitServer.create(fixture.root);
    connection = McpTestKit.open(server, builder -> builder);
  }

  @AfterEach
  void close() {
    if (connection != null) {
      assertThat(connection.schemaViolations()).isEmpty();
      connection.close();
      server.close();
      repo.close();
    }
  }

  private String call(String tool, Object... keyValues) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("repo_path", repo.root.toString());
    for (int i = 0; i < keyValues.length; i += 2) {
      arguments.put((String) keyValues[i], keyValues[i + 1]);
    }
    CallToolResult result = connection.client().callTool(tool, arguments);
    String text = ((TextContent) result.content().get(0)).text();
    assertThat(result.isError()).as(text).isNotEqualTo(Boolean.TRUE);
    return text;
  }

  private static String chomp(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  private void assertStatusMatchesGit() {
    assertThat(call("git_status")).isEqualTo("Repository status:\n" + chomp(repo.cli("status")));
  }

  private void assertDiffsMatchGit(int... contexts) {
    for (int context : contexts) {
      assertThat(call("git_diff_unstaged", "context_lines", context)).as("unstaged -U%s", context)
          .isEqualTo("Unstaged changes:\n" + chomp(repo.cli("diff", "--unified=" + context)));
      assertThat(call("git_diff_staged", "context_lines", context)).as("staged -U%s", context)
          .isEqualTo("Staged changes:\n"
              + chomp(repo.cli("diff", "--unified=" + context, "--cached")));
    }
  }

  @Test
  void statusBeforeTheFirstCommit() {
    start(GitFixture.init(temp.resolve("repo")));
    assertStatusMatchesGit();
    repo.write("notes.txt", "hello\n");
    assertStatusMatchesGit();
    repo.stage("notes.txt");
    assertStatusMatchesGit();
    assertDiffsMatchGit(3);
  }

  @Test
  void statusAndDiffsOfEveryKindOfChange() throws Exception {
    start(GitFixture.init(temp.resolve("repo")));
    StringBuilder numbers = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      numbers.append("line ").append(i).append('\n');
    }
    repo.write("numbers.txt", numbers.toString())
        .write("code.py", "import os\n\ndef first():\n    a = 1\n    b = 2\n    c = 3\n"
            + "    d = 4\n    return a\n\n\nclass Second:\n    x = 1\n    y = 2\n    z = 3\n")
        .write("gone.txt", "to be deleted\n")
        .write("staged-gone.txt", "to be removed from the index\n")
        .write("with space.txt", "spaced\n")
        .write("caf\u00e9.txt", "accent\n")
        .write("no-newline.txt", "one\ntwo")
        .write("script.sh", "#!/bin/sh\necho hi\n")
        .write("moved-from.txt", "a\nb\nc\nd\ne\nf\ng\nh\n")
        .write("dir/nested.txt", "nested\n");
    repo.stage(".").commit("first");

    repo.write("numbers.txt", numbers.toString().replace("line 5\n", "line five\n")
            .replace("line 30\n", "line thirty\nline thirty-one and a half\n"))
        .write("code.py", "import os\n\ndef first():\n    a = 1\n    b = 2\n    c = 30\n"
            + "    d = 4\n    return a\n\n\nclass Second:\n    x = 1\n    y = 20\n    z = 3\n")
        .delete("gone.txt")
        .write("with space.txt", "spaced out\n")
        .write("caf\u00e9.txt", "accents\n")
        .write("no-newline.txt", "one\ntwo\nthree")
        .write("untracked.txt", "new\n")
        .write("fresh/deep/file.txt", "fresh\n")
        .write("dir/other.txt", "other\n");
    Files.setPosixFilePermissions(repo.root.resolve("script.sh"),
        PosixFilePermissions.fromString("rwxr-xr-x"));
    assertStatusMatchesGit();
    assertDiffsMatchGit(0, 1, 3, 8);

    repo.write("added.txt", "added\n").write("empty.txt", "")
        .write("binary.bin", "bin\u0000ary\n");
    repo.stage("added.txt", "empty.txt", "binary.bin", "numbers.txt", "with space.txt");
    repo.git.rm().addFilepattern("staged-gone.txt").call();
    Files.move(repo.root.resolve("moved-from.txt"), repo.root.resolve("moved-to.txt"));
    repo.git.rm().addFilepattern("moved-from.txt").call();
    repo.stage("moved-to.txt");
    repo.write("numbers.txt", numbers.toString().replace("line 40\n", "line forty\n"));
    assertStatusMatchesGit();
    assertDiffsMatchGit(0, 3);
    assertThat(call("git_diff", "target", "HEAD", "context_lines", 2)).isEqualTo(
        "Diff with HEAD:\n" + chomp(repo.cli("diff", "--unified=2", "HEAD")));
  }

  @Test
  void diffAgainstAnotherBranch() {
    start(GitFixture.init(temp.resolve("repo")));
    repo.write("a.txt", "one\ntwo\nthree\n").write("b.txt", "bee\n").stage(".").commit("base");
    repo.branch("feature").checkout("feature");
    repo.write("a.txt", "one\n2\nthree\n").write("c.txt", "sea\n").stage(".").commit("feature");
    repo.delete("b.txt").write("a.txt", "one\n2\nthree\nfour\n").write("untracked", "x\n");
    assertThat(call("git_diff", "target", "main")).isEqualTo(
        "Diff with main:\n" + chomp(repo.cli("diff", "--unified=3", "main")));
    assertThat(call("git_diff", "target", "HEAD~1", "context_lines", 0)).isEqualTo(
        "Diff with HEAD~1:\n" + chomp(repo.cli("diff", "--unified=0", "HEAD~1")));
  }

  @Test
  void branchListingsAndDetachedHead() throws Exception {
    GitFixture upstream = GitFixture.init(temp.resolve("upstream"));
    upstream.write("a.txt", "a\n").stage(".").commit("one");
    upstream.branch("topic");
    upstream.close();
    Git.cloneRepository().setURI(temp.resolve("upstream").toUri().toString())
        .setDirectory(temp.resolve("clone").toFile()).call().close();
    GitFixture clone = GitFixture.initExisting(temp.resolve("clone"));
    start(clone);
    assertStatusMatchesGit();
    repo.write("b.txt", "b\n").stage(".").commit("two");
    var second = repo.write("c.txt", "c\n").stage(".").commit("three");
    repo.branch("zeta").branch("alpha");
    assertStatusMatchesGit();
    for (String type : new String[] {"local", "remote", "all"}) {
      String flag = switch (type) {
        case "remote" -> "-r";
        case "all" -> "-a";
        default -> "--list";
      };
      assertThat(call("git_branch", "branch_type", type)).as(type)
          .isEqualTo(chomp(repo.cli("branch", flag)));
    }
    assertThat(call("git_branch", "branch_type", "all", "contains", second.name()))
        .isEqualTo(chomp(repo.cli("branch", "-a", "--contains", second.name())));
    assertThat(call("git_branch", "branch_type", "all", "not_contains", second.name()))
        .isEqualTo(chomp(repo.cli("branch", "-a", "--no-contains", second.name())));

    call("git_checkout", "branch_name", "HEAD~1");
    assertStatusMatchesGit();
    assertThat(call("git_branch", "branch_type", "local"))
        .isEqualTo(chomp(repo.cli("branch", "--list")));
    call("git_checkout", "branch_name", "origin/topic");
    assertStatusMatchesGit();
    assertThat(call("git_branch", "branch_type", "all"))
        .isEqualTo(chomp(repo.cli("branch", "-a")));
    repo.write("d.txt", "d\n").stage(".").commit("four");
    assertStatusMatchesGit();
  }
}
