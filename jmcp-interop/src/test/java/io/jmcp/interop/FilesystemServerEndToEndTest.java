package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.test.ProtocolSchema;
import io.jmcp.test.WireRecorder;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jmcp server filesystem DIR} as a real child process, driven by jmcp's client over
 * stdio: every tool once, roots and their changes, the command line options, and every message
 * checked against the schema.
 */
class FilesystemServerEndToEndTest {

  private static StdioClientTransport filesystem(Path workingDirectory, String... arguments) {
    List<String> command = new ArrayList<>(List.of("server", "filesystem"));
    command.addAll(List.of(arguments));
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString(),
            command.toArray(String[]::new))
        .directory(workingDirectory).name("jmcp-filesystem").build();
  }

  private static String text(CallToolResult result) {
    return result.content().stream().filter(TextContent.class::isInstance)
        .map(block -> ((TextContent) block).text()).collect(Collectors.joining("|"));
  }

  private static String ok(McpClient client, String tool, Map<String, ?> arguments) {
    CallToolResult result = client.callTool(tool, arguments);
    assertThat(result.isError()).as("%s: %s", tool, text(result)).isNull();
    return text(result);
  }

  @Test
  void everyToolOverARealProcess(@TempDir Path temp) throws IOException {
    Path root = FilesystemFixtureTree.write(Files.createDirectory(temp.toRealPath().resolve("r")));
    WireRecorder wire = new WireRecorder(filesystem(temp, root.toString()));
    try (McpClient client = McpClient.builder(Implementation.of("fs-e2e", "1.0")).connect(wire)) {
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("read_file",
          "read_text_file", "read_media_file", "read_multiple_files", "write_file", "edit_file",
          "create_directory", "list_directory", "list_directory_with_sizes", "directory_tree",
          "move_file", "search_files", "get_file_info", "list_allowed_directories");
      assertThat(ok(client, "list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + root);
      assertThat(ok(client, "read_file", Map.of("path", "notes.txt", "head", 1)))
          .isEqualTo("alpha");
      assertThat(ok(client, "read_text_file", Map.of("path", "notes.txt", "tail", 2)))
          .isEqualTo("epsilon\n");
      assertThat(client.callTool("read_media_file", Map.of("path", "docs/img/logo.png"))
          .content()).singleElement().isInstanceOf(ImageContent.class);
      assertThat(ok(client, "read_multiple_files",
          Map.of("paths", List.of("README.md", "no-newline.txt"))))
          .isEqualTo("README.md:\n# Demo\n\nA small project.\n\n\n---\n"
              + "no-newline.txt:\nfirst\nsecond\n");
      assertThat(ok(client, "write_file", Map.of("path", "out/../new.txt", "content", "new")))
          .isEqualTo("Successfully wrote to out/../new.txt");
      assertThat(root.resolve("new.txt")).hasContent("new");
      assertThat(ok(client, "edit_file", Map.of("path", "new.txt",
          "edits", List.of(Map.of("oldText", "new", "newText", "newer")))))
          .contains("-new\n\\ No newline at end of file\n+newer\n");
      assertThat(root.resolve("new.txt")).hasContent("newer");
      ok(client, "create_directory", Map.of("path", "build/classes"));
      assertThat(root.resolve("build/classes")).isDirectory();
      assertThat(ok(client, "list_directory", Map.of("path", "src/main/java")))
          .isEqualTo("[FILE] App.java\n[FILE] Util.java");
      assertThat(ok(client, "list_directory_with_sizes",
          Map.of("path", "docs", "sortBy", "size")).lines().limit(2))
          .map(line -> line.split(" +")[1]).containsExactly("img", "big.log");
      assertThat(ok(client, "directory_tree", Map.of("path", "src"))).contains("\"App.java\"");
      assertThat(ok(client, "move_file", Map.of("source", "new.txt", "destination",
          "build/new.txt"))).isEqualTo("Successfully moved new.txt to build/new.txt");
      assertThat(ok(client, "search_files", Map.of("path", root.toString(),
          "pattern", "**/*.java", "excludePatterns", List.of("**/Util*"))))
          .isEqualTo(root.resolve("src/main/java/App.java").toString());
      assertThat(ok(client, "get_file_info", Map.of("path", "notes.txt")))
          .contains("size: 31", "permissions: 640");
      CallToolResult denied = client.callTool("read_text_file", Map.of("path", "/etc/hostname"));
      assertThat(denied.isError()).isTrue();
      assertThat(text(denied)).startsWith("Access denied - path outside allowed directories");
    }
    assertThat(ProtocolSchema.violations(wire.messages()))
        .isEmpty();
  }

  @Test
  void clientRootsReplaceTheArgumentsAndFollowChanges(@TempDir Path temp) throws IOException {
    Path given = Files.createDirectory(temp.toRealPath().resolve("given"));
    Path first = Files.createDirectory(temp.toRealPath().resolve("first"));
    Path second = Files.createDirectory(temp.toRealPath().resolve("second"));
    try (McpClient client = McpClient.builder(Implementation.of("fs-e2e", "1.0"))
        .protocolVersion(ProtocolVersion.V2025_06_18)
        .roots(List.of(Root.of(first.toUri().toString(), "first")))
        .connect(filesystem(temp, given.toString()))) {
      assertThat(ok(client, "list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + first);
      client.setRoots(List.of(Root.of(second.toUri().toString(), "second")));
      assertThat(ok(client, "list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + second);
    }
    try (McpClient client = McpClient.builder(Implementation.of("fs-e2e", "1.0"))
        .roots(List.of(Root.of(first.toUri().toString(), "first")))
        .connect(filesystem(temp, "--roots=ignore", "--read-only", given.toString()))) {
      assertThat(ok(client, "list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + given);
      assertThat(client.listTools()).extracting(Tool::name)
          .doesNotContain("write_file", "edit_file", "move_file", "create_directory");
    }
  }

  @Test
  void theCommandLineExplainsItselfAndRefusesUnusableDirectories(@TempDir Path temp) {
    String jmcp = NodeTools.repositoryRoot().resolve("jmcp").toString();
    CommandResult help = NodeTools.run(List.of(jmcp, "server", "filesystem", "--help"),
        Duration.ofMinutes(2));
    assertThat(help.exitCode()).as(help.describe()).isZero();
    assertThat(help.stdout()).contains("Usage: jmcp server filesystem", "--roots=POLICY",
        "--read-only", "Host config");
    CommandResult missing = NodeTools.run(List.of(jmcp, "server", "filesystem",
        temp.resolve("nowhere").toString()), Duration.ofMinutes(2));
    assertThat(missing.exitCode()).as(missing.describe()).isEqualTo(1);
    assertThat(missing.stderr()).contains("None of the specified directories are accessible");
  }
}
