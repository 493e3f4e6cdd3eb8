package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Huge files, trees and searches get clear errors instead of exhausting memory or time. */
@Timeout(120)
class FilesystemLimitsTest {

  @TempDir
  Path temp;
  Path root;
  FilesystemFixture fs;

  @BeforeEach
  void start() throws IOException {
    root = temp.toRealPath();
    FilesystemLimits limits = FilesystemLimits.DEFAULT.withMaxFileBytes(1000)
        .withMaxTotalBytes(1500).withMaxEntries(20).withMaxDepth(5).withMaxSearchResults(5)
        .withMaxVisitedEntries(200);
    fs = new FilesystemFixture(FilesystemOptions.of(root).withLimits(limits));
  }

  @AfterEach
  void stop() {
    fs.close();
  }

  @Test
  void aFileBeyondTheLimitIsRefusedWholeButItsEndsCanBeRead() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      lines.append("line ").append(i).append('\n');
    }
    Files.writeString(root.resolve("big.txt"), lines);
    assertThat(fs.error("read_text_file", Map.of("path", "big.txt")))
        .isEqualTo("File too large: " + root.resolve("big.txt") + " has " + lines.length()
            + " bytes, more than the limit of 1000 bytes read at once; read part of it with head"
            + " or tail");
    assertThat(fs.ok("read_text_file", Map.of("path", "big.txt", "head", 2)))
        .isEqualTo("line 0\nline 1");
    assertThat(fs.ok("read_text_file", Map.of("path", "big.txt", "tail", 3)))
        .isEqualTo("line 498\nline 499\n");
    assertThat(fs.error("read_text_file", Map.of("path", "big.txt", "head", 400)))
        .contains("longer than the limit of 1000 bytes");
    assertThat(fs.error("read_text_file", Map.of("path", "big.txt", "tail", 400)))
        .contains("longer than the limit of 1000 bytes");
    assertThat(fs.error("read_media_file", Map.of("path", "big.txt"))).startsWith("File too large");
    assertThat(fs.error("edit_file", Map.of("path", "big.txt",
        "edits", List.of(Map.of("oldText", "line 1", "newText", "x")))))
        .startsWith("File too large");
  }

  @Test
  void aSingleHugeLineIsNotCollectedByHead() throws IOException {
    Files.writeString(root.resolve("one-line.txt"), "x".repeat(5000));
    assertThat(fs.error("read_text_file", Map.of("path", "one-line.txt", "head", 1)))
        .contains("longer than the limit");
    assertThat(fs.error("read_text_file", Map.of("path", "one-line.txt", "tail", 1)))
        .contains("longer than the limit");
  }

  @Test
  void readingManyFilesStopsAtTheTotalLimit() throws IOException {
    for (String name : List.of("a", "b", "c")) {
      Files.writeString(root.resolve(name), "z".repeat(700));
    }
    String text = fs.ok("read_multiple_files", Map.of("paths", List.of("a", "b", "c")));
    String[] parts = text.split("\n---\n");
    assertThat(parts[0]).startsWith("a:\nzzz");
    assertThat(parts[1]).startsWith("b:\nzzz");
    assertThat(parts[2]).startsWith("c: Error - File too large");
  }

  @Test
  void treesListingsAndSearchesAreBounded() throws IOException {
    for (int i = 0; i < 30; i++) {
      Files.writeString(root.resolve("f" + i + ".txt"), "");
    }
    assertThat(fs.error("directory_tree", Map.of("path", ".")))
        .startsWith("Directory tree too large: more than 20 entries");
    assertThat(fs.error("list_directory", Map.of("path", "."))).startsWith("Directory too large");
    assertThat(fs.error("search_files", Map.of("path", ".", "pattern", "*.txt")))
        .startsWith("Too many matches: more than 5");
    assertThat(fs.ok("search_files", Map.of("path", ".", "pattern", "f1.txt")))
        .isEqualTo(root.resolve("f1.txt").toString());
  }

  @Test
  void excludedEntriesDoNotCountTowardsTheTreeLimit() throws IOException {
    for (int i = 0; i < 60; i++) {
      Files.writeString(root.resolve((i < 55 ? "skip" : "keep") + i), "");
    }
    String tree = fs.ok("directory_tree", Map.of("path", ".", "excludePatterns",
        List.of("skip*")));
    assertThat(tree.split("\"name\"", -1)).hasSize(6);
    assertThat(tree).contains("keep55", "keep59");
  }

  @Test
  void deepTreesAreRefused() throws IOException {
    Files.createDirectories(root.resolve("1/2/3/4/5/6/7"));
    assertThat(fs.error("directory_tree", Map.of("path", ".")))
        .startsWith("Directory tree too deep: more than 5 levels");
    assertThat(fs.error("search_files", Map.of("path", ".", "pattern", "nothing")))
        .startsWith("Search too deep");
    assertThat(fs.ok("directory_tree", Map.of("path", "1/2/3"))).contains("\"name\": \"7\"");
  }

  @Test
  void aSearchLooksAtABoundedNumberOfEntries() throws IOException {
    for (int i = 0; i < 10; i++) {
      Path directory = Files.createDirectories(root.resolve("d" + i));
      for (int j = 0; j < 20; j++) {
        Files.writeString(directory.resolve("f" + j), "");
      }
    }
    assertThat(fs.error("search_files", Map.of("path", ".", "pattern", "none")))
        .startsWith("Search too large: more than 200 entries");
  }

  @Test
  void aPatternBuiltToBacktrackFailsInsteadOfHanging() throws IOException {
    Files.writeString(root.resolve("a".repeat(60)), "");
    assertThat(fs.error("search_files", Map.of("path", ".", "pattern", "*(*(a|aa))b")))
        .startsWith("Pattern too complex to match");
    assertThat(fs.error("search_files", Map.of("path", ".", "pattern", "{1..1000}")))
        .contains("more than 256 alternatives");
    assertThat(fs.error("search_files", Map.of("path", ".", "pattern", "x".repeat(5000))))
        .startsWith("Pattern too long");
  }

  @Test
  void overlongPathsAreRefused() {
    assertThat(fs.error("read_text_file", Map.of("path", "a/".repeat(3000))))
        .startsWith("Path too long");
  }
}
