package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jmcp server git --repository DIR} as a real child process over stdio: every tool is
 * called, every message matches the schema, refused inputs stay refused, and nothing appears
 * outside the repository (not even JGit's own cache under {@code XDG_CONFIG_HOME}).
 */
class GitServerEndToEndTest {

  @TempDir
  Path temp;

  private Path repository;
  private Path xdg;
  private RevCommit first;

  @BeforeEach
  void createRepository() throws Exception {
    repository = Files.createDirectories(temp.resolve("repo")).toRealPath();
    xdg = Files.createDirectories(temp.resolve("xdg"));
    PersonIdent ada = new PersonIdent("Ada Lovelace", "ada@example.com",
        Instant.parse("2024-01-15T13:30:25Z"), ZoneOffset.ofHours(1));
    try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
      var config = git.getRepository().getConfig();
      config.setString("user", null, "name", "Ada Lovelace");
      config.setString("user", null, "email", "ada@example.com");
      config.save();
      Files.writeString(repository.resolve("a.txt"), "a\n");
      git.add().addFilepattern(".").call();
      first = git.commit().setMessage("first").setAuthor(ada).setCommitter(ada).setSign(false)
          .call();
    }
  }

  private StdioClientTransport git(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("server", "git"));
    args.addAll(List.of(extra));
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString())
        .args(args).name("jmcp-git").env("XDG_CONFIG_HOME", xdg.toString()).build();
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void everyToolOverARealProcess() throws Exception {
    Files.writeString(repository.resolve("b.txt"), "b\n");
    Files.writeString(repository.resolve("a.txt"), "a\nmore\n");
    Map<String, Map<String, Object>> calls = new LinkedHashMap<>();
    calls.put("git_status", Map.of());
    calls.put("git_diff_unstaged", Map.of("context_lines", 1));
    calls.put("git_add", Map.of("files", List.of("a.txt", "b.txt")));
    calls.put("git_diff_staged", Map.of());
    calls.put("git_reset", Map.of());
    calls.put("git_diff", Map.of("target", "HEAD"));
    calls.put("git_commit", Map.of("message", "second"));
    calls.put("git_log", Map.of("max_count", 5));
    calls.put("git_create_branch", Map.of("branch_name", "feature", "base_branch", "main"));
    calls.put("git_checkout", Map.of("branch_name", "feature"));
    calls.put("git_show", Map.of("revision", first.name()));
    calls.put("git_branch", Map.of("branch_type", "all", "contains", first.name()));
    Map<String, String> results = new HashMap<>();
    WireRecorder wire = new WireRecorder(git("--repository", repository.toString()));
    try (McpClient client = McpClient.builder(Implementation.of("git-e2e", "1.0")).connect(wire)) {
      assertThat(client.listTools()).extracting(Tool::name)
          .containsExactlyInAnyOrderElementsOf(calls.keySet());
      for (var call : calls.entrySet()) {
        Map<String, Object> arguments = new HashMap<>(call.getValue());
        arguments.put("repo_path", repository.toString());
        CallToolResult result = client.callTool(call.getKey(), arguments);
        assertThat(result.isError()).as(call.getKey() + ": " + text(result)).isNotEqualTo(true);
        results.put(call.getKey(), text(result));
      }
      assertThat(results.get("git_status")).contains("\tmodified:   a.txt", "\tb.txt");
      assertThat(results.get("git_diff_unstaged")).contains("@@ -1 +1,2 @@\n a\n+more");
      assertThat(results.get("git_diff_staged")).contains("+++ b/b.txt");
      assertThat(results.get("git_diff")).startsWith("Diff with HEAD:\ndiff --git a/a.txt");
      assertThat(results.get("git_commit")).startsWith("Changes committed successfully with hash");
      assertThat(results.get("git_log")).contains("Message: 'second'", "Message: 'first'");
      assertThat(results.get("git_create_branch"))
          .isEqualTo("Created branch 'feature' from 'main'");
      assertThat(results.get("git_checkout")).isEqualTo("Switched to branch 'feature'");
      assertThat(results.get("git_show")).contains("Message: 'first'", "+a");
      assertThat(results.get("git_branch")).isEqualTo("* feature\n  main");
    }
    assertThat(ProtocolSchema.violations(wire.messages()))
        .isEmpty();
    assertThat(xdg).isEmptyDirectory();
  }

  @Test
  void refusalsHoldOverStdio() throws Exception {
    Path evil = Files.createDirectories(temp.resolve("repo-evil"));
    Git.init().setDirectory(evil.toFile()).call().close();
    Path output = temp.resolve("written-by-git");
    try (McpClient client = McpClient.builder(Implementation.of("git-e2e", "1.0"))
        .connect(git("--repository", repository.toString()))) {
      CallToolResult injected = client.callTool("git_diff",
          Map.of("repo_path", repository.toString(), "target", "--output=" + output));
      assertThat(injected.isError()).isTrue();
      assertThat(text(injected)).contains("cannot start with '-'");
      CallToolResult sibling = client.callTool("git_commit",
          Map.of("repo_path", evil.toString(), "message", "pwned"));
      assertThat(sibling.isError()).isTrue();
      assertThat(text(sibling)).contains("is outside the allowed repository");
      CallToolResult traversal = client.callTool("git_add",
          Map.of("repo_path", repository.toString(), "files", List.of("../repo-evil/.git")));
      assertThat(traversal.isError()).isTrue();
    }
    assertThat(output).doesNotExist();
    try (Git git = Git.open(evil.toFile())) {
      assertThat(git.getRepository().resolve("HEAD")).isNull();
    }
  }

  @Test
  void withoutARepositoryTheClientsRootsAreTheLimit() {
    try (McpClient client = McpClient.builder(Implementation.of("git-e2e", "1.0"))
        .roots(List.of(Root.of(repository.toUri().toString(), "repo"))).connect(git())) {
      CallToolResult inside = client.callTool("git_log", Map.of("repo_path", repository.toString()));
      assertThat(text(inside)).contains("Message: 'first'");
      CallToolResult outside = client.callTool("git_status",
          Map.of("repo_path", temp.toString()));
      assertThat(outside.isError()).isTrue();
      assertThat(text(outside)).contains("outside the client's roots");
    }
  }

  @Test
  void aRepositoryThatIsNotOneStopsTheServer() {
    CommandResult result = NodeTools.run(List.of(NodeTools.repositoryRoot().resolve("jmcp")
        .toString(), "server", "git", "--repository", temp.toString()), Duration.ofMinutes(2));
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr()).contains("is not a valid Git repository");
    CommandResult help = NodeTools.run(List.of(NodeTools.repositoryRoot().resolve("jmcp")
        .toString(), "server", "git", "--help"), Duration.ofMinutes(2));
    assertThat(help.stdout()).contains("--repository=DIR", "git_status");
  }
}
