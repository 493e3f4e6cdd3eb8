package io.jmcp.servers.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.schema.McpJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class MemoryFileTest {

  @TempDir
  Path directory;

  private final AtomicInteger changes = new AtomicInteger();

  private MemoryFile memory(Path path) {
    return new MemoryFile(path, changes::incrementAndGet);
  }

  private static Entity entity(String name, String... observations) {
    return new Entity(name, "thing", List.of(observations));
  }

  @Test
  void readsWhatTheOfficialServerWrites() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    // The official server's layout: no newline after the last line.
    Files.writeString(file, """
        {"type":"entity","name":"A","entityType":"t","observations":["x"],"extra":1}
        
        {"type":"relation","from":"A","to":"B","relationType":"r"}""");
    KnowledgeGraph graph = memory(file).read();
    assertThat(graph.entities()).containsExactly(new Entity("A", "t", List.of("x")));
    assertThat(graph.relations()).containsExactly(new Relation("A", "B", "r"));
  }

  @Test
  void writesOneCompactLinePerRecordEachEndingInANewline() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    MemoryFile memory = memory(file);
    memory.update(graph -> graph.createEntities(List.of(entity("A", "o1"), entity("B"))));
    memory.update(graph -> graph.createRelations(List.of(new Relation("A", "B", "knows"))));
    assertThat(Files.readString(file)).isEqualTo("""
        {"type":"entity","name":"A","entityType":"thing","observations":["o1"]}
        {"type":"entity","name":"B","entityType":"thing","observations":[]}
        {"type":"relation","from":"A","to":"B","relationType":"knows"}
        """);
    assertThat(changes).hasValue(2);
  }

  @Test
  void keepsLinesOfUnknownTypes() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    Files.writeString(file, """
        {"type":"meta","version":2}
        {"type":"entity","name":"A","entityType":"t","observations":[]}
        """);
    memory(file).update(graph -> graph.createEntities(List.of(entity("B"))));
    assertThat(Files.readAllLines(file)).containsExactly(
        "{\"type\":\"entity\",\"name\":\"A\",\"entityType\":\"t\",\"observations\":[]}",
        "{\"type\":\"entity\",\"name\":\"B\",\"entityType\":\"thing\",\"observations\":[]}",
        "{\"type\":\"meta\",\"version\":2}");
  }

  @Test
  void aDamagedFileIsRefusedWithItsLineAndLeftAlone() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    String damaged = """
        {"type":"entity","name":"A","entityType":"t","observations":[]}
        {"type":"entity","name":"B","entityType":"t","observations":[]}{"type":"entity"
        """;
    Files.writeString(file, damaged);
    MemoryFile memory = memory(file);
    assertThatThrownBy(memory::read).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2 is not valid JSON").hasMessageContaining(file.toString());
    assertThatThrownBy(() -> memory.update(graph -> graph.createEntities(List.of(entity("C")))))
        .hasMessageContaining("the file was not changed");
    assertThat(Files.readString(file)).isEqualTo(damaged);
    assertThat(changes).hasValue(0);
  }

  @Test
  void recordsWithoutTheirMembersAreRefused() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    Files.writeString(file, "{\"type\":\"relation\",\"from\":\"A\",\"to\":7}\n");
    assertThatThrownBy(memory(file)::read).hasMessageContaining("line 1 has no string \"to\"");
    Files.writeString(file, "{\"type\":\"entity\",\"name\":\"A\",\"entityType\":\"t\"}\n");
    assertThat(memory(file).read().entities()).containsExactly(new Entity("A", "t", List.of()));
  }

  @Test
  void notUtf8IsRefused() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    assertThatThrownBy(memory(file)::read).hasMessageContaining("is not UTF-8");
  }

  @Test
  void aDirectoryIsRefusedWithAHint() {
    assertThatThrownBy(memory(directory)::read).hasMessageContaining("is a directory")
        .hasMessageContaining("MEMORY_FILE_PATH");
  }

  @Test
  void aFailedChangeWritesNothing() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    MemoryFile memory = memory(file);
    memory.update(graph -> graph.createEntities(List.of(entity("A"))));
    String before = Files.readString(file);
    assertThatThrownBy(() -> memory.update(graph -> graph.addObservations(List.of(
        new GraphDocument.ObservationRequest("A", List.of("x")),
        new GraphDocument.ObservationRequest("Z", List.of("y"))))))
        .hasMessage("Entity with name Z not found");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void anUnchangedGraphIsNotRewritten() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    MemoryFile memory = memory(file);
    memory.update(graph -> graph.createEntities(List.of(entity("A"))));
    var modified = Files.getLastModifiedTime(file);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
    memory.update(graph -> graph.createEntities(List.of(entity("A"))));
    memory.update(graph -> {
      graph.deleteEntities(List.of("nobody"));
      return null;
    });
    assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    assertThat(modified.toMillis()).isPositive();
    assertThat(changes).hasValue(1);
  }

  @Test
  void writesCreateTheDirectoryAndLeaveNoTemporaryFiles() throws Exception {
    Path file = directory.resolve("deep/er/memory.jsonl");
    memory(file).update(graph -> graph.createEntities(List.of(entity("A"))));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("memory.jsonl", "memory.jsonl.lock");
    }
  }

  @Test
  void aSymbolicLinkIsFollowedNotReplaced() throws Exception {
    Path real = directory.resolve("real.jsonl");
    Files.writeString(real, "");
    Path link = Files.createSymbolicLink(directory.resolve("memory.jsonl"), real);
    memory(link).update(graph -> graph.createEntities(List.of(entity("A"))));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("\"name\":\"A\"");
  }

  @Test
  void aRewrittenFileKeepsItsPermissions() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    Files.writeString(file, "");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    memory(file).update(graph -> graph.createEntities(List.of(entity("A"))));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    Path file = directory.resolve("memory.jsonl");
    // Two MemoryFile objects on one file, like two servers in one JVM, 16 threads each.
    List<MemoryFile> servers = List.of(memory(file), memory(file));
    int writers = 32;
    int perWriter = 10;
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int w = 0; w < writers; w++) {
        MemoryFile memory = servers.get(w % 2);
        String writer = "w" + w;
        done.add(pool.submit(() -> {
          memory.update(graph -> graph.createEntities(List.of(entity(writer))));
          for (int i = 0; i < perWriter; i++) {
            String observation = "o" + i;
            memory.update(graph -> graph.addObservations(List.of(
                new GraphDocument.ObservationRequest(writer, List.of(observation)))));
            // Reads never see a half-written file.
            assertThat(memory.read().entities()).isNotEmpty();
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(writers);
    for (String line : lines) {
      JsonNode entity = McpJson.mapper().readTree(line);
      assertThat(entity.path("observations").size()).as(line).isEqualTo(perWriter);
    }
  }
}
