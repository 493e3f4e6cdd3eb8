package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every tool of the filesystem server, with the official server's result texts. */
class FilesystemToolsTest {

  static final List<String> OFFICIAL_TOOLS = List.of("read_file", "read_text_file",
      "read_media_file", "read_multiple_files", "write_file", "edit_file", "create_directory",
      "list_directory", "list_directory_with_sizes", "directory_tree", "move_file",
      "search_files", "get_file_info", "list_allowed_directories");

  @TempDir
  Path temp;
  Path root;
  FilesystemFixture fs;

  @BeforeEach
  void start() throws IOException {
    root = temp.toRealPath().resolve("root");
    Files.createDirectories(root.resolve("src/main"));
    Files.writeString(root.resolve("notes.txt"), "one\ntwo\nthree\nfour\nfive\n");
    Files.writeString(root.resolve("src/main/App.java"), "class App {\n}\n");
    Files.writeString(root.resolve("src/readme.md"), "# readme");
    fs = new FilesystemFixture(FilesystemOptions.of(root));
  }

  @AfterEach
  void stop() {
    fs.close();
  }

  private Map<String, Object> path(String path) {
    return Map.of("path", path);
  }

  @Test
  void theToolsAreTheOfficialOnesInTheirOrder() {
    List<Tool> tools = fs.client.listTools();
    assertThat(tools).extracting(Tool::name).containsExactlyElementsOf(OFFICIAL_TOOLS);
    assertThat(tools).allSatisfy(tool -> {
      assertThat(tool.description()).isNotBlank();
      assertThat(tool.annotations().openWorldHint()).isFalse();
      assertThat(tool.outputSchema()).isNotNull();
    });
    Tool edit = tools.stream().filter(t -> t.name().equals("edit_file")).findFirst().get();
    assertThat(edit.inputSchema().path("required").toString()).isEqualTo("[\"path\",\"edits\"]");
    assertThat(edit.inputSchema().path("properties").path("dryRun").path("default").asBoolean())
        .isFalse();
    assertThat(edit.annotations().destructiveHint()).isTrue();
  }

  @Test
  void readOnlyModeLeavesOutTheToolsThatChangeFiles() {
    try (FilesystemFixture readOnly =
        new FilesystemFixture(FilesystemOptions.of(root).withReadOnly(true))) {
      assertThat(readOnly.client.listTools()).extracting(Tool::name)
          .doesNotContain("write_file", "edit_file", "create_directory", "move_file")
          .contains("read_text_file", "search_files");
    }
  }

  @Test
  void readsTextWholeOrItsFirstOrLastLines() throws IOException {
    String notes = root.resolve("notes.txt").toString();
    assertThat(fs.ok("read_text_file", path(notes))).isEqualTo("one\ntwo\nthree\nfour\nfive\n");
    assertThat(fs.ok("read_file", path(notes))).isEqualTo("one\ntwo\nthree\nfour\nfive\n");
    assertThat(fs.ok("read_text_file", Map.of("path", notes, "head", 2))).isEqualTo("one\ntwo");
    assertThat(fs.ok("read_text_file", Map.of("path", notes, "head", 50)))
        .isEqualTo("one\ntwo\nthree\nfour\nfive");
    // The official tail counts the empty line after the final newline.
    assertThat(fs.ok("read_text_file", Map.of("path", notes, "tail", 2))).isEqualTo("five\n");
    assertThat(fs.ok("read_text_file", Map.of("path", notes, "tail", 3)))
        .isEqualTo("four\nfive\n");
    Files.writeString(root.resolve("crlf.txt"), "a\r\nb\r\nc");
    assertThat(fs.ok("read_text_file", Map.of("path", "crlf.txt", "tail", 2))).isEqualTo("b\nc");
    assertThat(fs.ok("read_text_file", Map.of("path", "crlf.txt", "head", 1))).isEqualTo("a\r");
    assertThat(fs.error("read_text_file", Map.of("path", notes, "head", 1, "tail", 1)))
        .isEqualTo("Cannot specify both head and tail parameters simultaneously");
    assertThat(fs.error("read_text_file", Map.of("path", notes, "head", 1.5)))
        .contains("whole number");
    assertThat(fs.error("read_text_file", path("missing.txt")))
        .isEqualTo("No such file or directory: " + root.resolve("missing.txt"));
    assertThat(fs.error("read_text_file", path("src"))).contains("is a directory");
    assertThat(fs.error("read_text_file", Map.of())).contains("path");
  }

  @Test
  void relativePathsStartAtTheFirstAllowedDirectory() {
    assertThat(fs.ok("read_text_file", path("src/readme.md"))).isEqualTo("# readme");
    assertThat(fs.ok("read_text_file", path("./src/../src/readme.md"))).isEqualTo("# readme");
  }

  @Test
  void readsMediaAsImageAudioOrEmbeddedResource() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    Files.write(root.resolve("pic.PNG"), png);
    Files.write(root.resolve("tone.wav"), new byte[] {'R', 'I', 'F', 'F'});
    Files.write(root.resolve("data.bin"), new byte[] {0, 1, 2});

    CallToolResult image = fs.client.callTool("read_media_file", path("pic.PNG"));
    assertThat(image.content()).singleElement().isInstanceOfSatisfying(ImageContent.class,
        block -> {
          assertThat(block.mimeType()).isEqualTo("image/png");
          assertThat(block.bytes()).isEqualTo(png);
        });
    assertThat(image.structuredContent().path("content").get(0).path("type").stringValue())
        .isEqualTo("image");
    assertThat(fs.client.callTool("read_media_file", path("tone.wav")).content())
        .singleElement().isInstanceOfSatisfying(AudioContent.class,
            block -> assertThat(block.mimeType()).isEqualTo("audio/wav"));
    CallToolResult other = fs.client.callTool("read_media_file", path("data.bin"));
    assertThat(other.content()).singleElement().isInstanceOfSatisfying(EmbeddedResource.class,
        block -> {
          BlobResourceContents blob = (BlobResourceContents) block.resource();
          assertThat(blob.mimeType()).isEqualTo("application/octet-stream");
          assertThat(blob.uri()).isEqualTo(root.resolve("data.bin").toUri().toString());
          assertThat(blob.bytes()).containsExactly(0, 1, 2);
        });
    assertThat(other.structuredContent().path("content").get(0).path("resource").path("blob")
        .stringValue()).isEqualTo("AAEC");
  }

  @Test
  void readsSeveralFilesAndReportsEachFailureInPlace() {
    String text = fs.ok("read_multiple_files",
        Map.of("paths", List.of("src/readme.md", "nothing.txt", "src/main/App.java")));
    assertThat(text).isEqualTo("src/readme.md:\n# readme\n\n---\n"
        + "nothing.txt: Error - No such file or directory: " + root.resolve("nothing.txt")
        + "\n---\nsrc/main/App.java:\nclass App {\n}\n\n");
    assertThat(fs.error("read_multiple_files", Map.of("paths", List.of()))).contains("paths");
  }

  @Test
  void writesNewFilesAndReplacesExistingOnesKeepingTheirPermissions() throws IOException {
    assertThat(fs.ok("write_file", Map.of("path", "new.txt", "content", "héllo")))
        .isEqualTo("Successfully wrote to new.txt");
    assertThat(Files.readString(root.resolve("new.txt"))).isEqualTo("héllo");
    Path script = root.resolve("run.sh");
    Files.writeString(script, "old");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    fs.ok("write_file", Map.of("path", script.toString(), "content", "new"));
    assertThat(Files.readString(script)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
    assertThat(fs.error("write_file", Map.of("path", "src", "content", "x")))
        .contains("is a directory");
    assertThat(fs.error("write_file", Map.of("path", "no/such/dir/f.txt", "content", "x")))
        .contains("No such file or directory");
    try (var entries = Files.list(root)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void editsShowAGitStyleDiffAndDryRunChangesNothing() throws IOException {
    Path app = root.resolve("src/main/App.java");
    String preview = fs.ok("edit_file", Map.of("path", app.toString(), "dryRun", true,
        "edits", List.of(Map.of("oldText", "class App {", "newText", "final class App {"))));
    assertThat(preview).isEqualTo("```diff\nIndex: " + app + "\n"
        + "===================================================================\n"
        + "--- " + app + "\toriginal\n+++ " + app + "\tmodified\n"
        + "@@ -1,2 +1,2 @@\n-class App {\n+final class App {\n }\n```\n\n");
    assertThat(Files.readString(app)).isEqualTo("class App {\n}\n");
    assertThat(fs.ok("edit_file", Map.of("path", app.toString(),
        "edits", List.of(Map.of("oldText", "class App {", "newText", "final class App {")))))
        .isEqualTo(preview);
    assertThat(Files.readString(app)).isEqualTo("final class App {\n}\n");
  }

  @Test
  void editsMatchLinesIgnoringIndentationAndReindentTheNewText() throws IOException {
    Path code = root.resolve("code.py");
    Files.writeString(code, "def f():\n    if x:\n        return 1\n    return 2\n");
    // The first new line takes the matched indentation, the next ones keep theirs relative to
    // the old line in the same place; lines beyond the old text are left as written.
    fs.ok("edit_file", Map.of("path", "code.py", "edits", List.of(Map.of(
        "oldText", "if x:\n  return 1", "newText", "if y:\n    return 3\n  # done"))));
    assertThat(Files.readString(code))
        .isEqualTo("def f():\n    if y:\n      return 3\n  # done\n    return 2\n");
    assertThat(fs.error("edit_file", Map.of("path", "code.py", "edits",
        List.of(Map.of("oldText", "absent", "newText", "x")))))
        .isEqualTo("Could not find exact match for edit:\nabsent");
    Files.writeString(root.resolve("dos.txt"), "a\r\nb\r\n");
    fs.ok("edit_file", Map.of("path", "dos.txt", "edits",
        List.of(Map.of("oldText", "b\r\n", "newText", "c\n"))));
    assertThat(Files.readString(root.resolve("dos.txt"))).isEqualTo("a\nc\n");
  }

  @Test
  void editDiffsAreFencedWithMoreBackticksThanTheyContain() throws IOException {
    Files.writeString(root.resolve("doc.md"), "text\n");
    String result = fs.ok("edit_file", Map.of("path", "doc.md", "dryRun", true,
        "edits", List.of(Map.of("oldText", "text", "newText", "```code```"))));
    assertThat(result).startsWith("````diff\n").endsWith("````\n\n");
  }

  @Test
  void createsDirectoriesWithTheirParents() {
    assertThat(fs.ok("create_directory", path("a/b/c")))
        .isEqualTo("Successfully created directory a/b/c");
    assertThat(root.resolve("a/b/c")).isDirectory();
    assertThat(fs.ok("create_directory", path("a/b/c")))
        .isEqualTo("Successfully created directory a/b/c");
    assertThat(fs.error("create_directory", path("notes.txt/x"))).contains("notes.txt");
    assertThat(fs.error("create_directory", path("notes.txt"))).contains("not a directory");
  }

  @Test
  void listsDirectories() throws IOException {
    Files.write(root.resolve("big.bin"), new byte[2048]);
    assertThat(fs.ok("list_directory", path(root.toString())))
        .isEqualTo("[FILE] big.bin\n[FILE] notes.txt\n[DIR] src");
    assertThat(fs.ok("list_directory_with_sizes", path(root.toString()))).isEqualTo(
        "[FILE] big.bin                           2.00 KB\n"
            + "[FILE] notes.txt                            24 B\n"
            + "[DIR] src                            \n"
            + "\nTotal: 2 files, 1 directories\nCombined size: 2.02 KB");
    assertThat(fs.ok("list_directory_with_sizes", Map.of("path", "src", "sortBy", "size")))
        .startsWith("[DIR] main").contains("[FILE] readme.md");
    assertThat(fs.error("list_directory_with_sizes", Map.of("path", "src", "sortBy", "date")))
        .contains("sortBy");
    assertThat(fs.error("list_directory", path("notes.txt"))).contains("Not a directory");
  }

  @Test
  void buildsADirectoryTreeWithExclusions() throws IOException {
    Files.createDirectories(root.resolve("node_modules/lib"));
    Files.writeString(root.resolve("node_modules/lib/x.js"), "");
    String tree = fs.ok("directory_tree",
        Map.of("path", "src", "excludePatterns", List.of("*.md")));
    assertThat(tree).isEqualTo("""
        [
          {
            "name": "main",
            "type": "directory",
            "children": [
              {
                "name": "App.java",
                "type": "file"
              }
            ]
          }
        ]""");
    assertThat(fs.ok("directory_tree", Map.of("path", root.toString(),
        "excludePatterns", List.of("node_modules", "src")))).isEqualTo("""
        [
          {
            "name": "notes.txt",
            "type": "file"
          }
        ]""");
    Files.createDirectories(root.resolve("empty"));
    assertThat(fs.ok("directory_tree", path("empty"))).isEqualTo("[]");
  }

  @Test
  void movesFilesButNeverOntoAnExistingOne() throws IOException {
    assertThat(fs.ok("move_file", Map.of("source", "notes.txt", "destination", "src/n.txt")))
        .isEqualTo("Successfully moved notes.txt to src/n.txt");
    assertThat(root.resolve("notes.txt")).doesNotExist();
    assertThat(root.resolve("src/n.txt")).hasContent("one\ntwo\nthree\nfour\nfive");
    assertThat(fs.error("move_file", Map.of("source", "src/n.txt",
        "destination", "src/readme.md")))
        .isEqualTo("Destination already exists: " + root.resolve("src/readme.md"));
    assertThat(root.resolve("src/readme.md")).hasContent("# readme");
    assertThat(fs.error("move_file", Map.of("source", "gone.txt", "destination", "g.txt")))
        .contains("No such file");
  }

  @Test
  void searchesByGlobRelativeToTheStartingDirectory() {
    assertThat(fs.ok("search_files", Map.of("path", root.toString(), "pattern", "**/*.java")))
        .isEqualTo(root.resolve("src/main/App.java").toString());
    assertThat(fs.ok("search_files", Map.of("path", root.toString(), "pattern", "*.txt")))
        .isEqualTo(root.resolve("notes.txt").toString());
    assertThat(fs.ok("search_files", Map.of("path", "src", "pattern", "**",
        "excludePatterns", List.of("main/**"))))
        .isEqualTo(root.resolve("src/main") + "\n" + root.resolve("src/readme.md"));
    assertThat(fs.ok("search_files", Map.of("path", root.toString(), "pattern", "*.none")))
        .isEqualTo("No matches found");
  }

  @Test
  void describesFilesAndListsTheAllowedDirectories() {
    String info = fs.ok("get_file_info", path("notes.txt"));
    assertThat(info.lines().map(line -> line.substring(0, line.indexOf(':'))))
        .containsExactly("size", "created", "modified", "accessed", "isDirectory", "isFile",
            "permissions");
    assertThat(info).contains("size: 24\n", "isDirectory: false\n", "isFile: true\n")
        .matches("(?s).*modified: \\w{3} \\w{3} \\d{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT[+-]\\d{4}"
            + " \\(.+\\)\n.*")
        .matches("(?s).*permissions: [0-7]{3}$");
    assertThat(fs.ok("get_file_info", path(root.toString()))).contains("isDirectory: true");
    assertThat(fs.ok("list_allowed_directories", Map.of()))
        .isEqualTo("Allowed directories:\n" + root);
  }

  @Test
  void aHomeDirectoryTildeIsExpanded() {
    assertThat(PathResolver.expandHome("~/x")).isEqualTo(System.getProperty("user.home") + "/x");
    assertThat(PathResolver.expandHome("~")).isEqualTo(System.getProperty("user.home"));
    assertThat(PathResolver.expandHome("a/~")).isEqualTo("a/~");
    assertThat(PathResolver.expandHome("~user")).isEqualTo("~user");
  }

  @Test
  void utf8IsReadAndWrittenFaithfully() throws IOException {
    Files.write(root.resolve("bad.txt"), new byte[] {'a', (byte) 0xff, 'b'});
    assertThat(fs.ok("read_text_file", path("bad.txt"))).isEqualTo("a\uFFFDb");
    fs.ok("write_file", Map.of("path", "emoji.txt", "content", "🙂"));
    assertThat(Files.readAllBytes(root.resolve("emoji.txt")))
        .isEqualTo("🙂".getBytes(StandardCharsets.UTF_8));
  }
}
