package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The directories a session may use.
 *
 * @param listed what the model is told (a directory given at start is listed both as given and as
 *     its real path when the two differ, e.g. {@code /tmp} and {@code /private/tmp}); a requested
 *     path must lie inside one of these before anything is resolved
 * @param real the real paths (symbolic links resolved): a resolved path must lie inside one of
 *     these, which is the check that counts
 */
record AllowedDirectories(List<Path> listed, List<Path> real) {

  static final AllowedDirectories NONE = new AllowedDirectories(List.of(), List.of());

  AllowedDirectories {
    listed = List.copyOf(listed);
    real = List.copyOf(real);
  }

  /**
   * The directories given at start: {@code ~} expanded, made absolute against the working
   * directory, each kept as given and as its real path; those that do not exist or are not
   * directories are skipped with a warning.
   */
  static AllowedDirectories fromArguments(List<Path> given, Consumer<String> warn) {
    Set<Path> listed = new LinkedHashSet<>();
    Set<Path> real = new LinkedHashSet<>();
    for (Path directory : given) {
      Path absolute = Path.of(PathResolver.expandHome(directory.toString()))
          .toAbsolutePath().normalize();
      Path resolved;
      try {
        resolved = absolute.toRealPath();
      } catch (IOException e) {
        warn.accept("Cannot access directory " + absolute + ", skipping");
        continue;
      }
      if (!Files.isDirectory(resolved)) {
        warn.accept(absolute + " is not a directory, skipping");
        continue;
      }
      listed.add(absolute);
      listed.add(resolved);
      real.add(resolved);
    }
    return new AllowedDirectories(new ArrayList<>(listed), new ArrayList<>(real));
  }

  /** Directories already resolved to real paths (client roots). */
  static AllowedDirectories ofReal(List<Path> directories) {
    List<Path> distinct = List.copyOf(new LinkedHashSet<>(directories));
    return new AllowedDirectories(distinct, distinct);
  }

  boolean isEmpty() {
    return real.isEmpty();
  }

  /** Whether {@code absolute} (normalized, links not resolved) lies in a listed directory. */
  boolean containsLexically(Path absolute) {
    for (Path directory : listed) {
      if (absolute.startsWith(directory)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The deepest allowed real directory holding {@code realPath}, or null if none does.
   * {@link Path#startsWith(Path)} compares whole name elements, so {@code /allowed-evil} is not
   * inside {@code /allowed}.
   */
  @Nullable Path rootOf(Path realPath) {
    Path best = null;
    for (Path directory : real) {
      if (realPath.startsWith(directory)
          && (best == null || directory.getNameCount() > best.getNameCount())) {
        best = directory;
      }
    }
    return best;
  }

  /** The parts of {@code roots} (real paths) that lie inside these directories, and vice versa. */
  AllowedDirectories narrowedTo(List<Path> roots) {
    Set<Path> kept = new LinkedHashSet<>();
    for (Path root : roots) {
      if (rootOf(root) != null) {
        kept.add(root);
      }
    }
    for (Path directory : real) {
      for (Path root : roots) {
        if (directory.startsWith(root)) {
          kept.add(directory);
        }
      }
    }
    return ofReal(new ArrayList<>(kept));
  }

  /** The listed directories, comma separated, for messages. */
  String describe() {
    return listed.stream().map(Path::toString).collect(Collectors.joining(", "));
  }
}
