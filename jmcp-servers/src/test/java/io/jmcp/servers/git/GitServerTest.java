package io.jmcp.servers.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every tool of the git server, on repositories built with JGit. */
class GitServerTest {

  private static final String ADA = "<git.Actor \"Ada Lovelace <ada@example.com>\">";

  @TempDir
  Path temp;

  private GitFixture repo;
  private RevCommit first;
  private RevCommit second;
  private McpServer server;
  private TestConnection connection;

  @BeforeEach
  void setUp() {
    repo = GitFixture.init(temp.resolve("repo"));
    first = repo.write("a.txt", "a\n").stage(".").commit("first");
    second = repo.write("a.txt", "a\nb\n").stage(".").commit("second\n\nWith a body.\n");
    server = GitServer.create(repo.root);
    connection = McpTestKit.open(server, builder -> builder);
  }

  @AfterEach
  void tearDown() {
    assertThat(connection.schemaViolations()).isEmpty();
    connection.close();
    server.close();
    repo.close();
  }

  private CallToolResult result(String tool, Object... keyValues) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("repo_path", repo.root.toString());
    for (int i = 0; i < keyValues.length; i += 2) {
      arguments.put((String) keyValues[i], keyValues[i + 1]);
    }
    return connection.client().callTool(tool, arguments);
  }

  private String call(String tool, Object... keyValues) {
    CallToolResult result = result(tool, keyValues);
    assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
    return text(result);
  }

  private String error(String tool, Object... keyValues) {
    CallToolResult result = result(tool, keyValues);
    assertThat(result.isError()).as(text(result)).isTrue();
    return text(result);
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void theToolsAreTheOfficialOnes() {
    List<Tool> tools = connection.client().listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("git_status", "git_diff_unstaged",
        "git_diff_staged", "git_diff", "git_commit", "git_add", "git_reset", "git_log",
        "git_create_branch", "git_checkout", "git_show", "git_branch");
    Map<String, Tool> byName = new HashMap<>();
    tools.forEach(tool -> byName.put(tool.name(), tool));
    assertThat(McpJson.toTree(byName.get("git_diff").inputSchema())).isEqualTo(McpJson.mapper()
        .readTree("{\"properties\":{\"repo_path\":{\"title\":\"Repo Path\",\"type\":\"string\"},"
            + "\"target\":{\"title\":\"Target\",\"type\":\"string\"},\"context_lines\":"
            + "{\"default\":3,\"title\":\"Context Lines\",\"type\":\"integer\"}},"
            + "\"required\":[\"repo_path\",\"target\"],\"title\":\"GitDiff\","
            + "\"type\":\"object\"}"));
    assertThat(McpJson.toTree(byName.get("git_create_branch").inputSchema()))
        .isEqualTo(McpJson.mapper().readTree("{\"properties\":{\"repo_path\":{\"title\":"
            + "\"Repo Path\",\"type\":\"string\"},\"branch_name\":{\"title\":\"Branch Name\","
            + "\"type\":\"string\"},\"base_branch\":{\"anyOf\":[{\"type\":\"string\"},"
            + "{\"type\":\"null\"}],\"default\":null,\"title\":\"Base Branch\"}},\"required\":"
            + "[\"repo_path\",\"branch_name\"],\"title\":\"GitCreateBranch\",\"type\":\"object\"}"));
    assertThat(byName.get("git_log").inputSchema().get("properties").propertyNames())
        .containsExactly("repo_path", "max_count", "start_timestamp", "end_timestamp");
    assertThat(byName.get("git_branch").inputSchema().get("required").toString())
        .isEqualTo("[\"repo_path\",\"branch_type\"]");
    assertThat(byName.get("git_status").annotations().readOnlyHint()).isTrue();
    assertThat(byName.get("git_reset").annotations().destructiveHint()).isTrue();
    assertThat(byName.get("git_commit").annotations().readOnlyHint()).isFalse();
    assertThat(tools).allSatisfy(tool -> assertThat(tool.annotations().openWorldHint()).isFalse());
  }

  @Test
  void addDiffCommitAndReset() {
    repo.write("new.txt", "fresh\n").write("a.txt", "a\nb\nc\n");
    assertThat(call("git_status")).startsWith("Repository status:\nOn branch main\n")
        .contains("\tmodified:   a.txt").contains("\tnew.txt");
    assertThat(call("git_diff_unstaged")).isEqualTo("Unstaged changes:\n"
        + "diff --git a/a.txt b/a.txt\nindex 422c2b7..de98044 100644\n--- a/a.txt\n"
        + "+++ b/a.txt\n@@ -1,2 +1,3 @@\n a\n b\n+c");
    assertThat(call("git_diff_staged")).isEqualTo("Staged changes:\n");
    assertThat(call("git_add", "files", List.of("new.txt"))).isEqualTo("Files staged successfully");
    assertThat(call("git_diff_staged")).isEqualTo("Staged changes:\n"
        + "diff --git a/new.txt b/new.txt\nnew file mode 100644\nindex 0000000..92d5444\n"
        + "--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1 @@\n+fresh");
    assertThat(call("git_reset")).isEqualTo("All staged changes reset");
    assertThat(call("git_diff_staged")).isEqualTo("Staged changes:\n");
    assertThat(call("git_add", "files", List.of("."))).isEqualTo("Files staged successfully");
    String committed = call("git_commit", "message", "third");
    assertThat(committed).isEqualTo("Changes committed successfully with hash "
        + repo.cli("rev-parse", "HEAD").strip());
    assertThat(repo.cli("log", "-1", "--format=%B")).isEqualTo("third\n");
    assertThat(repo.cli("status", "--porcelain")).isEmpty();
  }

  @Test
  void addStagesDeletionsAndRefusesUnknownPaths() {
    repo.delete("a.txt");
    assertThat(call("git_add", "files", List.of("a.txt"))).isEqualTo("Files staged successfully");
    assertThat(repo.cli("status", "--porcelain")).isEqualTo("D  a.txt\n");
    assertThat(error("git_add", "files", List.of("missing.txt")))
        .isEqualTo("pathspec 'missing.txt' did not match any files");
    assertThat(error("git_add", "files", List.of())).contains("at least one path");
  }

  @Test
  void resetBeforeTheFirstCommitEmptiesTheIndex() {
    GitFixture fresh = GitFixture.init(temp.resolve("repo/fresh"));
    fresh.write("x.txt", "x\n").stage("x.txt");
    assertThat(call("git_reset", "repo_path", fresh.root.toString()))
        .isEqualTo("All staged changes reset");
    assertThat(fresh.cli("status", "--porcelain")).isEqualTo("?? x.txt\n");
    assertThat(error("git_log", "repo_path", fresh.root.toString()))
        .isEqualTo("your current branch 'main' does not have any commits yet");
    fresh.close();
  }

  @Test
  void contextLinesDefaultToThree() {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      lines.append(i).append('\n');
    }
    repo.write("n.txt", lines.toString()).stage(".").commit("numbers");
    repo.write("n.txt", lines.toString().replace("\n10\n", "\nten\n"));
    assertThat(call("git_diff_unstaged")).endsWith(
        "@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13");
    assertThat(call("git_diff_unstaged", "context_lines", 1)).endsWith(
        "@@ -9,3 +9,3 @@\n 9\n-10\n+ten\n 11");
    assertThat(call("git_diff", "target", first.name(), "context_lines", 0))
        .startsWith("Diff with " + first.name() + ":\ndiff --git a/a.txt b/a.txt\n")
        .contains("@@ -1,0 +2 @@ a\n+b\n").contains("diff --git a/n.txt b/n.txt\nnew file mode");
    assertThat(error("git_diff_unstaged", "context_lines", -1))
        .contains("context_lines must be between 0");
    assertThat(error("git_diff", "target", "no-such-branch"))
        .contains("'no-such-branch' is not a commit");
  }

  @Test
  void logInBothOfTheOfficialShapes() {
    RevCommit third = repo.write("c.txt", "c\n").stage(".").commit("third");
    assertThat(call("git_log", "max_count", 2)).isEqualTo("Commit history:\n"
        + "Commit: '" + third.name() + "'\nAuthor: " + ADA + "\n"
        + "Date: 2024-01-15 16:30:25+01:00\nMessage: 'third'\n\n"
        + "Commit: '" + second.name() + "'\nAuthor: " + ADA + "\n"
        + "Date: 2024-01-15 15:30:25+01:00\nMessage: 'second\\n\\nWith a body.\\n'\n");
    assertThat(call("git_log", "start_timestamp", "2024-01-15T14:00:00Z"))
        .isEqualTo("Commit history:\n"
            + "Commit: " + third.name() + "\nAuthor: Ada Lovelace\n"
            + "Date: Mon Jan 15 16:30:25 2024 +0100\nMessage: third\n\n"
            + "Commit: " + second.name() + "\nAuthor: Ada Lovelace\n"
            + "Date: Mon Jan 15 15:30:25 2024 +0100\nMessage: second\n");
    assertThat(call("git_log", "end_timestamp", "2024-01-15T14:00:00+00:00"))
        .contains(first.name()).doesNotContain(second.name());
    assertThat(call("git_log", "start_timestamp", "2024-01-15T14:00:00Z",
        "end_timestamp", "2024-01-15T15:00:00Z", "max_count", 5))
        .contains(second.name()).doesNotContain(first.name()).doesNotContain(third.name());
    assertThat(call("git_log", "start_timestamp", "100 years ago", "max_count", 1))
        .contains(third.name()).doesNotContain(second.name());
    assertThat(call("git_log", "start_timestamp", "yesterday")).isEqualTo("Commit history:\n");
    assertThat(call("git_log", "start_timestamp", "Jan 14 2024", "end_timestamp", "2024-01-15"))
        .contains(first.name());
    assertThat(error("git_log", "start_timestamp", "the day after tomorrow"))
        .contains("cannot understand 'the day after tomorrow'");
  }

  @Test
  void branchesAreCreatedListedAndCheckedOut() {
    assertThat(call("git_create_branch", "branch_name", "feature"))
        .isEqualTo("Created branch 'feature' from 'main'");
    assertThat(call("git_create_branch", "branch_name", "older", "base_branch", first.name()))
        .isEqualTo("Created branch 'older' from '" + first.name() + "'");
    assertThat(call("git_create_branch", "branch_name", "from-feature", "base_branch", "feature"))
        .isEqualTo("Created branch 'from-feature' from 'feature'");
    assertThat(error("git_create_branch", "branch_name", "feature")).contains("already exists");
    assertThat(error("git_create_branch", "branch_name", "bad name"))
        .contains("not a valid git branch name");
    assertThat(error("git_create_branch", "branch_name", "x", "base_branch", "nope"))
        .contains("'nope' is not a commit");
    assertThat(call("git_branch", "branch_type", "local"))
        .isEqualTo("  feature\n  from-feature\n* main\n  older");
    assertThat(call("git_branch", "branch_type", "local", "contains", second.name()))
        .isEqualTo("  feature\n  from-feature\n* main");
    assertThat(call("git_branch", "branch_type", "local", "not_contains", second.name()))
        .isEqualTo("  older");
    assertThat(call("git_branch", "branch_type", "remote")).isEmpty();
    assertThat(call("git_branch", "branch_type", "weird")).isEqualTo("Invalid branch type: weird");

    assertThat(call("git_checkout", "branch_name", "older"))
        .isEqualTo("Switched to branch 'older'");
    assertThat(repo.read("a.txt")).isEqualTo("a\n");
    assertThat(call("git_status")).startsWith("Repository status:\nOn branch older\n");
    assertThat(error("git_checkout", "branch_name", "nonexistent"))
        .contains("'nonexistent' is not a commit");
    repo.write("a.txt", "local edit\n");
    assertThat(error("git_checkout", "branch_name", "main"))
        .contains("would be overwritten by checkout: a.txt");
    assertThat(repo.read("a.txt")).isEqualTo("local edit\n");
  }

  @Test
  void showPrintsTheCommitAndItsChanges() {
    assertThat(call("git_show", "revision", second.name())).isEqualTo(
        "Commit: '" + second.name() + "'\nAuthor: " + ADA + "\n"
            + "Date: 2024-01-15 15:30:25+01:00\nMessage: 'second\\n\\nWith a body.\\n'\n"
            + "\n--- a.txt\n+++ a.txt\n@@ -1 +1,2 @@\n a\n+b\n");
    assertThat(call("git_show", "revision", "HEAD~1")).isEqualTo(
        "Commit: '" + first.name() + "'\nAuthor: " + ADA + "\n"
            + "Date: 2024-01-15 14:30:25+01:00\nMessage: 'first'\n"
            + "\n--- a.txt\n+++ a.txt\n@@ -0,0 +1 @@\n+a\n");
    try {
      Files.move(repo.root.resolve("a.txt"), repo.root.resolve("moved.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      repo.git.rm().addFilepattern("a.txt").call();
    } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
      throw new IllegalStateException(e);
    }
    RevCommit moved = repo.stage("moved.txt").commit("move");
    assertThat(call("git_show", "revision", moved.name())).endsWith("\n--- a.txt\n+++ moved.txt\n");
    assertThat(error("git_show", "revision", "v9")).contains("'v9' is not a commit");
  }

  @Test
  void repoPathMayBeRelativeToTheConfiguredRepository() throws Exception {
    assertThat(call("git_status", "repo_path", ".")).startsWith("Repository status:\nOn branch");
    Files.createDirectories(repo.root.resolve("plain"));
    assertThat(error("git_status", "repo_path", "plain")).contains("is not a git repository");
    assertThat(error("git_status", "repo_path", "missing")).contains("does not exist");
    CallToolResult noPath = connection.client().callTool("git_status", Map.of());
    assertThat(noPath.isError()).isTrue();
    assertThat(text(noPath)).contains("repo_path");
  }
}
