package io.jmcp.servers.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryFileLocationTest {

  @TempDir
  Path home;

  private final StringBuilder log = new StringBuilder();

  @Test
  void anAbsolutePathIsUsedAsIs() {
    Path chosen = MemoryFileLocation.resolve(Map.of("MEMORY_FILE_PATH", "/data/../data/m.jsonl"),
        home, log);
    assertThat(chosen).isEqualTo(Path.of("/data/m.jsonl"));
  }

  @Test
  void aRelativePathIsInsideTheServerDirectory() {
    assertThat(MemoryFileLocation.resolve(Map.of("MEMORY_FILE_PATH", "graphs/mine.json"), home,
        log)).isEqualTo(home.resolve("graphs/mine.json"));
  }

  @Test
  void withoutTheVariableTheDefaultFileIsInTheServerDirectory() {
    assertThat(MemoryFileLocation.resolve(Map.of("MEMORY_FILE_PATH", ""), home, log))
        .isEqualTo(home.resolve("memory.jsonl"));
    assertThat(log).isEmpty();
  }

  @Test
  void aLegacyFileIsRenamedWhenTheNewOneIsMissing() throws Exception {
    Files.writeString(home.resolve("memory.json"), "{\"type\":\"entity\"}");
    Path chosen = MemoryFileLocation.resolve(Map.of(), home, log);
    assertThat(chosen).isEqualTo(home.resolve("memory.jsonl"));
    assertThat(Files.readString(chosen)).isEqualTo("{\"type\":\"entity\"}");
    assertThat(home.resolve("memory.json")).doesNotExist();
    assertThat(log.toString()).contains("legacy memory file");
  }

  @Test
  void aLegacyFileIsLeftAloneWhenTheNewOneExists() throws Exception {
    Files.writeString(home.resolve("memory.json"), "old");
    Files.writeString(home.resolve("memory.jsonl"), "new");
    assertThat(MemoryFileLocation.resolve(Map.of(), home, log))
        .isEqualTo(home.resolve("memory.jsonl"));
    assertThat(home.resolve("memory.json")).hasContent("old");
  }

  @Test
  void aConfiguredPathSkipsTheMigration() throws Exception {
    Files.writeString(home.resolve("memory.json"), "old");
    MemoryFileLocation.resolve(Map.of("MEMORY_FILE_PATH", "other.jsonl"), home, log);
    assertThat(home.resolve("memory.json")).exists();
  }
}
