package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The official {@code @modelcontextprotocol/server-filesystem} and {@code jmcp server filesystem},
 * each on its own copy of the same files, asked the same things: the same tools with the same
 * argument schemas, and the same results once each copy's path is written as {@code <ROOT>} and
 * times are masked. Where jmcp words an error differently only the failure itself is compared.
 */
class FilesystemSideBySideTest {

  private static final String PACKAGE = "@modelcontextprotocol/server-filesystem";
  private static final Pattern TIME =
      Pattern.compile("(?m)^(created|modified|accessed): \\w{3} \\w{3} \\d{2} \\d{4} "
          + "\\d{2}:\\d{2}:\\d{2} GMT[+-]\\d{4} \\([^)]+\\)$");

  @TempDir
  static Path temp;
  static Path officialRoot;
  static Path jmcpRoot;
  static McpClient official;
  static McpClient jmcp;

  @BeforeAll
  static void start() throws IOException {
    officialRoot = FilesystemFixtureTree.write(
        Files.createDirectory(temp.toRealPath().resolve("official")));
    jmcpRoot = FilesystemFixtureTree.write(Files.createDirectory(temp.toRealPath().resolve("jmcp")));
    official = McpClient.builder(Implementation.of("side-by-side", "1.0"))
        .connect(StdioClientTransport.builder(NodeTools.node22().toString(),
                NodeTools.packageBin(PACKAGE, "mcp-server-filesystem").toString(),
                officialRoot.toString())
            .directory(temp).name("official-filesystem").build());
    jmcp = McpClient.builder(Implementation.of("side-by-side", "1.0"))
        .connect(StdioClientTransport.builder(
                NodeTools.repositoryRoot().resolve("jmcp").toString(), "server", "filesystem",
                jmcpRoot.toString())
            .directory(temp).name("jmcp-filesystem").build());
  }

  @AfterAll
  static void stop() {
    official.close();
    jmcp.close();
  }

  // ------------------------------------------------------------ tools and schemas

  @Test
  void theSameToolsWithTheSameArgumentsAndResults() {
    List<Tool> theirs = official.listTools();
    List<Tool> ours = jmcp.listTools();
    assertThat(ours).extracting(Tool::name)
        .containsExactlyElementsOf(theirs.stream().map(Tool::name).toList());
    for (int i = 0; i < theirs.size(); i++) {
      Tool their = theirs.get(i);
      Tool our = ours.get(i);
      assertThat(shape(our.inputSchema())).as("input of %s", our.name())
          .isEqualTo(shape(their.inputSchema()));
      assertThat(shape(our.outputSchema())).as("output of %s", our.name())
          .isEqualTo(shape(their.outputSchema()));
      assertThat(our.title()).as("title of %s", our.name()).isEqualTo(their.title());
      assertThat(McpJson.toTree(our.annotations()).toString()).as("annotations of %s", our.name())
          .isEqualTo(McpJson.toTree(their.annotations()).toString());
    }
  }

  /** What a schema says about the data: types, properties, required, items, enums, defaults. */
  private static Map<String, Object> shape(JsonNode schema) {
    Map<String, Object> shape = new TreeMap<>();
    if (schema == null || schema.isNull() || schema.isMissingNode()) {
      return shape;
    }
    for (String keyword : List.of("type", "required", "enum", "const", "default", "minItems",
        "additionalProperties")) {
      if (schema.has(keyword)) {
        shape.put(keyword, schema.get(keyword).toString());
      }
    }
    if (schema.has("properties")) {
      Map<String, Object> properties = new TreeMap<>();
      for (var entry : schema.get("properties").properties()) {
        properties.put(entry.getKey(), shape(entry.getValue()));
      }
      shape.put("properties", properties);
    }
    if (schema.has("items")) {
      shape.put("items", shape(schema.get("items")));
    }
    if (schema.has("anyOf")) {
      List<Object> options = new ArrayList<>();
      schema.get("anyOf").forEach(option -> options.add(shape(option)));
      shape.put("anyOf", options);
    }
    return shape;
  }

  // ------------------------------------------------------------ results

  /** Both servers' results, their roots written as {@code <ROOT>} and times masked. */
  private record Outcome(boolean failed, String text, String structured) {
  }

  private Outcome call(McpClient client, Path root, String tool, Map<String, ?> arguments) {
    Map<String, Object> rooted = new LinkedHashMap<>();
    arguments.forEach((key, value) -> rooted.put(key, rootIn(value, root)));
    CallToolResult result = client.callTool(tool, rooted);
    String content = McpJson.toTree(result).path("content").toString();
    String structured = String.valueOf(result.structuredContent());
    return new Outcome(Boolean.TRUE.equals(result.isError()), normalize(content, root),
        normalize(structured, root));
  }

  private static Object rootIn(Object value, Path root) {
    if (value instanceof String text) {
      return text.replace("<ROOT>", root.toString());
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> rootIn(item, root)).toList();
    }
    return value;
  }

  private static String normalize(String text, Path root) {
    String rooted = text.replace(root.toUri().toString().replaceAll("/$", ""), "file://<ROOT>")
        .replace(root.toString(), "<ROOT>");
    return TIME.matcher(rooted.replace("\\n", "\n")).replaceAll("$1: <TIME>")
        .replace("\n", "\\n");
  }

  /** Calls both servers; they must agree exactly. */
  private Outcome same(String tool, Map<String, ?> arguments) {
    Outcome theirs = call(official, officialRoot, tool, arguments);
    Outcome ours = call(jmcp, jmcpRoot, tool, arguments);
    assertThat(ours).as("%s %s", tool, arguments).isEqualTo(theirs);
    return ours;
  }

  /** Calls both servers; both must fail. */
  private void bothFail(String tool, Map<String, ?> arguments) {
    Outcome theirs = call(official, officialRoot, tool, arguments);
    Outcome ours = call(jmcp, jmcpRoot, tool, arguments);
    assertThat(theirs.failed()).as("official %s %s: %s", tool, arguments, theirs.text())
        .isTrue();
    assertThat(ours.failed()).as("jmcp %s %s: %s", tool, arguments, ours.text()).isTrue();
  }

  @Test
  void readingFiles() {
    for (String file : List.of("notes.txt", "windows.txt", "no-newline.txt", "README.md",
        ".hidden", "link-to-readme", "<ROOT>/src/main/java/App.java")) {
      same("read_text_file", Map.of("path", file));
      same("read_file", Map.of("path", file));
      for (int lines : List.of(1, 2, 3, 10)) {
        same("read_text_file", Map.of("path", file, "head", lines));
        same("read_text_file", Map.of("path", file, "tail", lines));
      }
    }
    same("read_text_file", Map.of("path", "notes.txt", "head", 0));
    same("read_text_file", Map.of("path", "notes.txt", "head", 2, "tail", 2));
    same("read_media_file", Map.of("path", "docs/img/logo.png"));
    same("read_media_file", Map.of("path", "<ROOT>/docs/data.bin"));
    same("read_multiple_files", Map.of("paths", List.of("notes.txt", "docs/Zebra.txt")));
    same("read_multiple_files", Map.of("paths", List.of("/etc/hostname")));
    bothFail("read_text_file", Map.of("path", "missing.txt"));
    bothFail("read_text_file", Map.of("path", "docs"));
    bothFail("read_media_file", Map.of("path", "missing.png"));
    bothFail("read_multiple_files", Map.of("paths", List.of()));
  }

  @Test
  void listingAndDescribing() {
    for (String directory : List.of("<ROOT>", "docs", "src/main/java", "empty")) {
      same("list_directory", Map.of("path", directory));
      same("list_directory_with_sizes", Map.of("path", directory));
      same("list_directory_with_sizes", Map.of("path", directory, "sortBy", "size"));
      same("directory_tree", Map.of("path", directory));
    }
    same("directory_tree", Map.of("path", "<ROOT>",
        "excludePatterns", List.of("node_modules", "*.png", "src/**")));
    same("directory_tree", Map.of("path", ".", "excludePatterns", List.of("docs/img")));
    for (String file : List.of("notes.txt", "docs", "<ROOT>", "docs/img/logo.png")) {
      same("get_file_info", Map.of("path", file));
    }
    same("list_allowed_directories", Map.of());
    bothFail("list_directory", Map.of("path", "notes.txt"));
    bothFail("list_directory_with_sizes", Map.of("path", "docs", "sortBy", "date"));
  }

  @Test
  void searching() {
    for (String pattern : List.of("*.txt", "**/*.txt", "**/*.java", "**", "docs/*", "*",
        "**/img/**", "**/*.{png,bin}", "src/**/App.java", "[A-Z]*", "README.md", "nothing")) {
      same("search_files", Map.of("path", "<ROOT>", "pattern", pattern));
    }
    same("search_files", Map.of("path", "<ROOT>", "pattern", "**/*.js",
        "excludePatterns", List.of("node_modules/**")));
    same("search_files", Map.of("path", "docs", "pattern", "**",
        "excludePatterns", List.of("img")));
    bothFail("search_files", Map.of("path", "missing", "pattern", "*"));
  }

  @Test
  void writingEditingAndMoving() {
    same("create_directory", Map.of("path", "out/a/b"));
    same("create_directory", Map.of("path", "out/a/b"));
    same("write_file", Map.of("path", "out/a/b/new.txt", "content", "one\ntwo\nthree\n"));
    same("read_text_file", Map.of("path", "out/a/b/new.txt"));
    same("write_file", Map.of("path", "<ROOT>/out/a/b/new.txt", "content", "replaced\n"));
    same("read_text_file", Map.of("path", "out/a/b/new.txt"));
    Map<String, Object> edit = Map.of("path", "<ROOT>/src/main/java/App.java", "dryRun", true,
        "edits", List.of(
            Map.of("oldText", "System.out.println(\"hello\");",
                "newText", "System.out.println(\"hi\");"),
            Map.of("oldText", "int x = 1;\nint y = 2;", "newText", "int z = 3;")));
    same("edit_file", edit);
    Map<String, Object> apply = new LinkedHashMap<>(edit);
    apply.put("dryRun", false);
    same("edit_file", apply);
    same("read_text_file", Map.of("path", "src/main/java/App.java"));
    same("edit_file", Map.of("path", "windows.txt",
        "edits", List.of(Map.of("oldText", "two\r\n", "newText", "2\n"))));
    same("read_text_file", Map.of("path", "windows.txt"));
    same("move_file", Map.of("source", "out/a/b/new.txt", "destination", "out/moved.txt"));
    same("move_file", Map.of("source", "out/moved.txt", "destination", "notes.txt"));
    same("list_directory", Map.of("path", "out"));
    bothFail("edit_file", Map.of("path", "notes.txt",
        "edits", List.of(Map.of("oldText", "not there", "newText", "x"))));
    bothFail("move_file", Map.of("source", "gone.txt", "destination", "x.txt"));
    bothFail("write_file", Map.of("path", "no/such/dir/x.txt", "content", "x"));
  }

  @Test
  void diffsAgreeOnRandomEdits() throws IOException {
    Random random = new Random(20250831);
    for (int round = 0; round < 40; round++) {
      List<String> lines = new ArrayList<>();
      int count = 1 + random.nextInt(40);
      for (int i = 0; i < count; i++) {
        lines.add(String.valueOf((char) ('a' + random.nextInt(4))) + random.nextInt(3));
      }
      String content = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
      String name = "random" + round + ".txt";
      Files.writeString(officialRoot.resolve(name), content);
      Files.writeString(jmcpRoot.resolve(name), content);
      int from = random.nextInt(count);
      int to = Math.min(count, from + 1 + random.nextInt(4));
      String oldText = String.join("\n", lines.subList(from, to));
      List<String> replacement = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        replacement.add("n" + random.nextInt(5));
      }
      same("edit_file", Map.of("path", name, "dryRun", true, "edits",
          List.of(Map.of("oldText", oldText, "newText", String.join("\n", replacement)))));
    }
  }

  @Test
  void clientRootsReplaceTheDirectoriesGivenAtStartOnBoth() throws Exception {
    List<String> seen = new ArrayList<>();
    for (Path root : List.of(officialRoot, jmcpRoot)) {
      List<String> command = root == officialRoot
          ? List.of(NodeTools.node22().toString(),
              NodeTools.packageBin(PACKAGE, "mcp-server-filesystem").toString(), root.toString())
          : List.of(NodeTools.repositoryRoot().resolve("jmcp").toString(), "server",
              "filesystem", root.toString());
      try (McpClient client = McpClient.builder(Implementation.of("side-by-side", "1.0"))
          .roots(List.of(Root.of(root.resolve("docs").toUri().toString(), "docs")))
          .connect(StdioClientTransport.builder(command.getFirst(),
              command.subList(1, command.size()).toArray(String[]::new)).directory(temp).build())) {
        // The official server applies roots asynchronously after initialization: wait for it.
        seen.add(normalize(awaitAllowed(client, root.resolve("docs")), root));
        client.setRoots(List.of(Root.of(root.resolve("src").toUri().toString(), "src")));
        seen.add(normalize(awaitAllowed(client, root.resolve("src")), root));
        seen.add(normalize(call(client, root, "read_text_file",
            Map.of("path", "<ROOT>/notes.txt")).text(), root));
      }
    }
    assertThat(seen.subList(3, 6)).isEqualTo(seen.subList(0, 3));
    assertThat(seen.get(0)).isEqualTo("Allowed directories:\\n<ROOT>/docs");
  }

  private static String awaitAllowed(McpClient client, Path expected)
      throws InterruptedException {
    String text = "";
    for (int attempt = 0; attempt < 200; attempt++) {
      text = client.callTool("list_allowed_directories", Map.of()).structuredContent()
          .path("content").stringValue();
      if (text.endsWith(expected.toString())) {
        return text;
      }
      Thread.sleep(50);
    }
    return text;
  }

  @Test
  void refusingPathsOutside() throws IOException {
    Files.writeString(temp.toRealPath().resolve("outside.txt"), "outside");
    for (String path : List.of("/etc/hostname", "../outside.txt", "<ROOT>/../outside.txt",
        "<ROOT>-evil/x", "docs/../../outside.txt")) {
      same("read_text_file", Map.of("path", path));
      same("list_directory", Map.of("path", path));
      same("write_file", Map.of("path", path, "content", "x"));
    }
    same("read_text_file", Map.of("path", "C:\\Windows\\win.ini"));
  }
}
