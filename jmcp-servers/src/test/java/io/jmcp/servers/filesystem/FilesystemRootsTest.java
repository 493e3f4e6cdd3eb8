package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.roots.Root;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client roots: like the official server they replace the directories given at start (or narrow
 * them, or are ignored, by policy), follow {@code roots/list_changed}, and apply per session.
 */
class FilesystemRootsTest {

  @TempDir
  Path temp;
  Path given;
  Path project;
  Path other;

  @BeforeEach
  void dirs() throws IOException {
    Path real = temp.toRealPath();
    given = Files.createDirectories(real.resolve("given"));
    project = Files.createDirectories(real.resolve("given/project"));
    other = Files.createDirectories(real.resolve("other"));
    Files.writeString(given.resolve("g.txt"), "given");
    Files.writeString(project.resolve("p.txt"), "project");
    Files.writeString(other.resolve("o.txt"), "other");
  }

  private static Root root(Path directory) {
    return Root.of(directory.toUri().toString(), directory.getFileName().toString());
  }

  @Test
  void rootsReplaceTheDirectoriesGivenAtStart() {
    try (FilesystemFixture fs = new FilesystemFixture(FilesystemOptions.of(given),
        client -> client.roots(List.of(root(other))))) {
      assertThat(fs.ok("list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + other);
      assertThat(fs.ok("read_text_file", Map.of("path", "o.txt"))).isEqualTo("other");
      assertThat(fs.error("read_text_file", Map.of("path", given.resolve("g.txt").toString())))
          .startsWith("Access denied - path outside allowed directories");
      assertThat(fs.connection.wire().messages().toString()).contains("roots/list");
    }
  }

  @Test
  void changedRootsApplyToTheNextCall() {
    try (FilesystemFixture fs = new FilesystemFixture(FilesystemOptions.of(given),
        client -> client.roots(List.of(root(other))))) {
      assertThat(fs.ok("read_text_file", Map.of("path", "o.txt"))).isEqualTo("other");
      fs.client.setRoots(List.of(root(project), Root.of("file:///does/not/exist", "gone")));
      assertThat(fs.ok("list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + project);
      assertThat(fs.error("read_text_file", Map.of("path", other.resolve("o.txt").toString())))
          .startsWith("Access denied");
      // No usable root at all: the directories given at start apply (the official server would
      // keep the previous roots, which the client just took back).
      fs.client.setRoots(List.of(Root.of("file:///does/not/exist", "gone")));
      assertThat(fs.ok("list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + given);
    }
  }

  @Test
  void withinPolicyLetsRootsNarrowButNeverWiden() {
    FilesystemOptions options = FilesystemOptions.of(given).withRoots(RootsPolicy.WITHIN);
    try (FilesystemFixture fs = new FilesystemFixture(options,
        client -> client.roots(List.of(root(project), root(other))))) {
      assertThat(fs.ok("list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + project);
      assertThat(fs.error("read_text_file", Map.of("path", other.resolve("o.txt").toString())))
          .startsWith("Access denied");
      assertThat(fs.error("read_text_file", Map.of("path", given.resolve("g.txt").toString())))
          .startsWith("Access denied");
    }
  }

  @Test
  void ignorePolicyNeverAsksForRoots() {
    FilesystemOptions options = FilesystemOptions.of(given).withRoots(RootsPolicy.IGNORE);
    try (FilesystemFixture fs = new FilesystemFixture(options,
        client -> client.roots(List.of(root(other))))) {
      assertThat(fs.ok("list_allowed_directories", Map.of()))
          .isEqualTo("Allowed directories:\n" + given);
      assertThat(fs.connection.wire().messages().toString()).doesNotContain("roots/list");
    }
  }

  @Test
  void aServerWithoutDirectoriesWaitsForRoots() {
    try (FilesystemFixture fs = new FilesystemFixture(FilesystemOptions.of(List.of()))) {
      assertThat(fs.error("list_directory", Map.of("path", "/")))
          .isEqualTo(PathResolver.NO_DIRECTORIES);
      assertThat(fs.ok("list_allowed_directories", Map.of())).isEqualTo("Allowed directories:\n");
    }
    try (FilesystemFixture fs = new FilesystemFixture(FilesystemOptions.of(List.of()),
        client -> client.roots(List.of(root(other))))) {
      assertThat(fs.ok("list_directory", Map.of("path", other.toString())))
          .isEqualTo("[FILE] o.txt");
    }
  }

  @Test
  void eachSessionHasItsOwnRoots() {
    FilesystemFixture first = new FilesystemFixture(FilesystemOptions.of(given),
        client -> client.roots(List.of(root(other))));
    try (first; var second = io.jmcp.test.McpTestKit.open(first.server, client -> client)) {
      assertThat(first.ok("list_allowed_directories", Map.of())).endsWith(other.toString());
      assertThat(FilesystemFixture.text(second.client().callTool("list_allowed_directories",
          Map.of()))).isEqualTo("Allowed directories:\n" + given);
    }
  }

  @Test
  void startingWithOnlyInaccessibleDirectoriesFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FilesystemServer.create(
            FilesystemOptions.of(temp.resolve("missing"), given.resolve("g.txt"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("None of the specified directories are accessible");
  }

  @Test
  void givenDirectoriesAreListedAsGivenAndAsRealPaths() throws IOException {
    Path link = Files.createSymbolicLink(temp.toRealPath().resolve("link"), other);
    assertThat(FilesystemServer.allowedDirectories(FilesystemOptions.of(link, given)))
        .containsExactly(link, other, given);
  }

  @Test
  void rootUrisAndPathsAreParsedLikeTheOfficialServer() {
    assertThat(SessionDirectories.rootDirectory(other.toUri().toString())).isEqualTo(other);
    assertThat(SessionDirectories.rootDirectory(other.toString())).isEqualTo(other);
    assertThat(SessionDirectories.rootDirectory("file://host/share")).isNull();
    assertThat(SessionDirectories.rootDirectory(given.resolve("g.txt").toUri().toString()))
        .isNull();
    assertThat(SessionDirectories.rootDirectory("https://example.com/")).isNull();
  }
}
