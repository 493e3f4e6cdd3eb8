package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the allowed directory is read, written, listed or described: not through a
 * link to a file or directory outside (CVE-2025-53109), not through a sibling whose name merely
 * starts with the allowed one (CVE-2025-53110), not through {@code ..}, absolute paths, dangling
 * links, NUL characters, nor a directory or file swapped for a link between check and use.
 */
class FilesystemSecurityTest {

  private static final String SECRET = "top secret";

  @TempDir
  Path temp;
  Path allowed;
  Path evil;
  Path outside;
  FilesystemFixture fs;

  @BeforeEach
  void layout() throws IOException {
    Path real = temp.toRealPath();
    allowed = Files.createDirectories(real.resolve("allowed"));
    evil = Files.createDirectories(real.resolve("allowed-evil"));
    outside = Files.createDirectories(real.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), SECRET);
    Files.writeString(evil.resolve("secret.txt"), SECRET);
    Files.writeString(allowed.resolve("real.txt"), "inside");
    Files.createSymbolicLink(allowed.resolve("link-out"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(allowed.resolve("dir-out"), outside);
    Files.createSymbolicLink(allowed.resolve("evil-link"), evil);
    Files.createSymbolicLink(allowed.resolve("dangling"), outside.resolve("planted.txt"));
    Files.createSymbolicLink(allowed.resolve("inside-link"), allowed.resolve("real.txt"));
    fs = new FilesystemFixture(FilesystemOptions.of(allowed));
  }

  @AfterEach
  void nothingLeaked() throws IOException {
    fs.close();
    assertThat(outside.resolve("secret.txt")).hasContent(SECRET);
    assertThat(evil.resolve("secret.txt")).hasContent(SECRET);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("secret.txt");
    }
    try (Stream<Path> files = Files.list(evil)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("secret.txt");
    }
  }

  private void denied(String tool, Map<String, ?> arguments) {
    String error = fs.error(tool, arguments);
    assertThat(error).as("%s %s", tool, arguments).doesNotContain(SECRET)
        .containsAnyOf("Access denied", "No such file");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> edit(String path) {
    return Map.of("path", path, "edits", List.of(Map.of("oldText", "top", "newText", "x")));
  }

  @Test
  void aLinkToAFileOutsideIsRefusedByEveryTool() {
    for (String path : List.of("link-out", allowed.resolve("link-out").toString())) {
      denied("read_text_file", Map.of("path", path));
      denied("read_file", Map.of("path", path, "head", 1));
      denied("read_text_file", Map.of("path", path, "tail", 1));
      denied("read_media_file", Map.of("path", path));
      denied("get_file_info", Map.of("path", path));
      denied("write_file", Map.of("path", path, "content", "overwritten"));
      denied("edit_file", edit(path));
      denied("move_file", Map.of("source", path, "destination", "stolen.txt"));
      denied("list_directory", Map.of("path", path));
    }
    assertThat(fs.ok("read_multiple_files", Map.of("paths", List.of("link-out"))))
        .startsWith("link-out: Error - Access denied").doesNotContain(SECRET);
    assertThat(allowed.resolve("stolen.txt")).doesNotExist();
  }

  @Test
  void aLinkedDirectoryPointingOutsideIsNeitherListedNorEnteredNorWritten() {
    denied("list_directory", Map.of("path", "dir-out"));
    denied("list_directory_with_sizes", Map.of("path", "dir-out"));
    denied("directory_tree", Map.of("path", "dir-out"));
    denied("search_files", Map.of("path", "dir-out", "pattern", "**"));
    denied("read_text_file", Map.of("path", "dir-out/secret.txt"));
    denied("write_file", Map.of("path", "dir-out/planted.txt", "content", "x"));
    denied("create_directory", Map.of("path", "dir-out/planted"));
    denied("move_file", Map.of("source", "real.txt", "destination", "dir-out/real.txt"));
    denied("get_file_info", Map.of("path", "dir-out"));
    // A walk from the allowed directory shows the link as a file and never enters it.
    String tree = fs.ok("directory_tree", Map.of("path", allowed.toString()));
    assertThat(tree).contains("\"name\": \"dir-out\",\n    \"type\": \"file\"")
        .doesNotContain("secret.txt");
    String found = fs.ok("search_files", Map.of("path", allowed.toString(), "pattern", "**"));
    assertThat(found.lines()).containsExactlyInAnyOrder(allowed.resolve("inside-link").toString(),
        allowed.resolve("real.txt").toString());
    assertThat(fs.ok("list_directory_with_sizes", Map.of("path", ".")))
        .containsPattern("\\[FILE\\] link-out +0 B\n");
  }

  @Test
  void aSiblingSharingTheNamePrefixIsOutside() {
    String sibling = evil.resolve("secret.txt").toString();
    denied("read_text_file", Map.of("path", sibling));
    denied("read_text_file", Map.of("path", "../allowed-evil/secret.txt"));
    denied("read_text_file", Map.of("path", "evil-link/secret.txt"));
    denied("write_file", Map.of("path", evil.resolve("planted.txt").toString(), "content", "x"));
    denied("create_directory", Map.of("path", evil.resolve("planted").toString()));
    denied("list_directory", Map.of("path", evil.toString()));
    denied("move_file", Map.of("source", "real.txt", "destination",
        evil.resolve("real.txt").toString()));
  }

  @Test
  void dotDotAndAbsolutePathsElsewhereAreOutside() {
    denied("read_text_file", Map.of("path", "../outside/secret.txt"));
    denied("read_text_file", Map.of("path", allowed + "/../outside/secret.txt"));
    denied("read_text_file", Map.of("path", "x/../../outside/secret.txt"));
    denied("read_text_file", Map.of("path", "/etc/passwd"));
    denied("list_directory", Map.of("path", "/"));
    denied("list_directory", Map.of("path", ".."));
    denied("write_file", Map.of("path", "../outside/planted.txt", "content", "x"));
    denied("search_files", Map.of("path", "..", "pattern", "**"));
    assertThat(fs.error("read_text_file", Map.of("path", "C:\\Windows\\win.ini")))
        .startsWith("Access denied - Windows-style path received on a POSIX host");
    assertThat(fs.error("read_text_file", Map.of("path", "real.txt\u0000.png")))
        .isEqualTo("Access denied - the path contains a NUL character");
  }

  @Test
  void aDanglingLinkCannotPlantAFileOutside() {
    denied("write_file", Map.of("path", "dangling", "content", "planted"));
    denied("create_directory", Map.of("path", "dangling"));
    denied("move_file", Map.of("source", "real.txt", "destination", "dangling"));
    denied("read_text_file", Map.of("path", "dangling"));
  }

  @Test
  void linksThatStayInsideWork() {
    assertThat(fs.ok("read_text_file", Map.of("path", "inside-link"))).isEqualTo("inside");
    fs.ok("write_file", Map.of("path", "inside-link", "content", "changed"));
    assertThat(allowed.resolve("real.txt")).hasContent("changed");
    assertThat(Files.isSymbolicLink(allowed.resolve("inside-link"))).isTrue();
  }

  // ------------------------------------------------------------ swaps between check and use

  @Test
  void aDirectorySwappedForALinkAfterTheCheckIsNotFollowed() throws IOException {
    Path sub = Files.createDirectories(allowed.resolve("sub"));
    Files.writeString(sub.resolve("f.txt"), "inside");
    Files.writeString(outside.resolve("f.txt"), SECRET);
    AllowedDirectories directories = AllowedDirectories.ofReal(List.of(allowed));
    ResolvedPath file = PathResolver.resolve("sub/f.txt", directories);
    ResolvedPath created = PathResolver.resolve("sub/new.txt", directories);
    ResolvedPath nested = PathResolver.resolve("sub/a/b", directories);

    Files.move(sub, allowed.resolve("sub-old"));
    Files.createSymbolicLink(sub, outside);

    assertThatThrownBy(() -> FileReads.text(file, 1 << 20)).hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> FileReads.head(file, 1, 1 << 20));
    assertThatThrownBy(() -> FileWrites.write(file, bytes("overwritten")));
    assertThatThrownBy(() -> FileWrites.write(created, bytes("planted")));
    assertThatThrownBy(() -> FileWrites.createDirectories(nested));
    assertThatThrownBy(() -> FileWrites.move(PathResolver.resolve("real.txt", directories),
        created));
    assertThatThrownBy(() -> ContainedFiles.openDirectory(file.root(), file.real().getParent()));
    assertThat(outside.resolve("f.txt")).hasContent(SECRET);
    Files.delete(outside.resolve("f.txt"));
  }

  @Test
  void aFileSwappedForALinkAfterTheCheckIsNeitherReadNorWrittenThrough() throws IOException {
    Path target = allowed.resolve("g.txt");
    Files.writeString(target, "inside");
    AllowedDirectories directories = AllowedDirectories.ofReal(List.of(allowed));
    ResolvedPath file = PathResolver.resolve("g.txt", directories);

    Files.delete(target);
    Files.createSymbolicLink(target, outside.resolve("secret.txt"));

    assertThatThrownBy(() -> FileReads.text(file, 1 << 20))
        .hasMessageContaining("symbolic link").hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> FileReads.tail(file, 1, 1 << 20)).hasMessageNotContaining(SECRET);
    // Writing replaces the link itself, inside the allowed directory.
    FileWrites.write(file, bytes("replaced"));
    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(target).hasContent("replaced");
  }

  @Test
  void theAllowedDirectoryItselfCannotBeMovedOrOverwritten() {
    assertThat(fs.error("move_file", Map.of("source", allowed.toString(), "destination", "x")))
        .contains("allowed directory itself");
    assertThat(fs.error("write_file", Map.of("path", allowed.toString(), "content", "x")))
        .contains("is a directory");
  }
}
