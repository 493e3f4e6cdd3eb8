package io.jmcp.servers.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the memory file lives, decided as the official server decides it: {@code
 * MEMORY_FILE_PATH} when set (an absolute path as is, a relative one inside the server's own
 * directory), else {@code memory.jsonl} in the server's own directory, after renaming a legacy
 * {@code memory.json} there to that name when only the old file exists.
 *
 * <p>The official server's own directory is its installed package; jmcp's is its installation
 * (the directory holding the {@code jmcp} launcher), which the caller passes in.
 */
public final class MemoryFileLocation {

  /** The environment variable naming the memory file, as for the official server. */
  public static final String ENVIRONMENT_VARIABLE = "MEMORY_FILE_PATH";

  /** The file name used when the environment does not name one. */
  public static final String DEFAULT_NAME = "memory.jsonl";

  /** The name the official server used before it moved to JSON Lines. */
  public static final String LEGACY_NAME = "memory.json";

  private MemoryFileLocation() {
  }

  /**
   * The memory file for this environment.
   *
   * @param environment the process environment (only {@link #ENVIRONMENT_VARIABLE} is read)
   * @param serverDirectory the directory relative paths and the default file are resolved in
   * @param log where to say that a legacy file was renamed (the server's stderr)
   */
  public static Path resolve(Map<String, String> environment, Path serverDirectory,
      Appendable log) {
    String configured = environment.get(ENVIRONMENT_VARIABLE);
    if (configured != null && !configured.isEmpty()) {
      Path path = Path.of(configured);
      return (path.isAbsolute() ? path : serverDirectory.resolve(path)).normalize();
    }
    Path current = serverDirectory.resolve(DEFAULT_NAME).normalize();
    Path legacy = serverDirectory.resolve(LEGACY_NAME).normalize();
    if (Files.exists(legacy) && !Files.exists(current)) {
      migrate(legacy, current, log);
    }
    return current;
  }

  private static void migrate(Path legacy, Path current, Appendable log) {
    try {
      say(log, "Found the legacy memory file " + legacy + "; renaming it to " + current);
      Files.move(legacy, current);
      say(log, "Renamed " + legacy + " to " + current);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rename the legacy memory file " + legacy + " to "
          + current + ": " + e.getMessage(), e);
    }
  }

  private static void say(Appendable log, String line) throws IOException {
    log.append(line).append(System.lineSeparator());
  }
}
