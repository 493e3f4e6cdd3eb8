package io.jmcp.servers.filesystem;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a path a model asked for into the real path to work on, or refuses it. The rules follow
 * the official server's: {@code ~} is the home directory, a relative path is taken from the first
 * allowed directory it stays inside, the path must lie inside an allowed directory as written and
 * again once every symbolic link is resolved. A path that does not exist yet is resolved up to its
 * nearest existing ancestor, whose real path must be allowed.
 *
 * <p>Containment is decided on whole path components ({@link Path#startsWith(Path)}), never on
 * string prefixes: {@code /data-evil} is not inside {@code /data} (CVE-2025-53110), and a link
 * inside an allowed directory that points outside it is refused (CVE-2025-53109).
 */
final class PathResolver {

  /** Longer requested paths are refused before any work. */
  static final int MAX_PATH_LENGTH = 4096;

  static final String NO_DIRECTORIES = "No allowed directories: start the server with at least "
      + "one directory, or use a client that offers roots";

  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:([\\\\/]|$)");
  private static final boolean WINDOWS = File.separatorChar == '\\';

  private PathResolver() {
  }

  /** {@code ~} and {@code ~/...} name the home directory, as in a shell. */
  static String expandHome(String path) {
    if (path.equals("~") || path.startsWith("~/")) {
      return System.getProperty("user.home") + path.substring(1);
    }
    return path;
  }

  static ResolvedPath resolve(String requested, AllowedDirectories allowed) throws IOException {
    Path absolute = absolute(requested, allowed);
    if (!allowed.containsLexically(absolute)) {
      throw new ToolFailure("Access denied - path outside allowed directories: " + absolute
          + " not in " + allowed.describe());
    }
    return resolveReal(requested, absolute, allowed, 0);
  }

  /** The requested path made absolute and normalized, without touching the file system. */
  static Path absolute(String requested, AllowedDirectories allowed) {
    if (allowed.isEmpty()) {
      throw new ToolFailure(NO_DIRECTORIES);
    }
    if (requested.indexOf('\0') >= 0) {
      throw new ToolFailure("Access denied - the path contains a NUL character");
    }
    if (requested.length() > MAX_PATH_LENGTH) {
      throw new ToolFailure("Path too long: " + requested.length() + " characters (at most "
          + MAX_PATH_LENGTH + ")");
    }
    String expanded = expandHome(requested);
    if (!WINDOWS && WINDOWS_DRIVE.matcher(expanded).find()) {
      throw new ToolFailure(
          "Access denied - Windows-style path received on a POSIX host: " + requested);
    }
    Path path;
    try {
      path = Path.of(expanded);
    } catch (InvalidPathException e) {
      throw new ToolFailure("Invalid path: " + e.getMessage());
    }
    return path.isAbsolute() ? path.normalize() : againstAllowed(path, allowed);
  }

  /** The first allowed directory the relative path stays inside, else the first one. */
  private static Path againstAllowed(Path relative, AllowedDirectories allowed) {
    for (Path directory : allowed.listed()) {
      Path candidate = directory.resolve(relative).normalize();
      if (allowed.containsLexically(candidate)) {
        return candidate;
      }
    }
    return allowed.listed().getFirst().resolve(relative).normalize();
  }

  private static ResolvedPath resolveReal(String requested, Path absolute,
      AllowedDirectories allowed, int depth) throws IOException {
    Path existing = absolute;
    List<String> missing = new ArrayList<>();
    Path real;
    while (true) {
      try {
        real = existing.toRealPath();
        break;
      } catch (NoSuchFileException e) {
        if (Files.isSymbolicLink(existing)) {
          throw new ToolFailure("Access denied - " + existing
              + " is a symbolic link to something that does not exist");
        }
        if (allowed.listed().contains(existing)) {
          throw new ToolFailure("The allowed directory " + existing + " does not exist any more");
        }
        Path parent = existing.getParent();
        if (parent == null) {
          throw e;
        }
        missing.addFirst(existing.getFileName().toString());
        existing = parent;
      }
    }
    Path root = allowed.rootOf(real);
    if (root == null) {
      throw new ToolFailure("Access denied - symlink target outside allowed directories: "
          + real + " not in " + allowed.describe());
    }
    if (!missing.isEmpty() && depth < MAX_PATH_LENGTH) {
      String equivalent = unicodeEquivalent(real, missing.getFirst());
      if (equivalent != null) {
        Path next = real.resolve(equivalent);
        for (String name : missing.subList(1, missing.size())) {
          next = next.resolve(name);
        }
        return resolveReal(requested, next, allowed, depth + 1);
      }
    }
    for (String name : missing) {
      real = real.resolve(name);
    }
    return new ResolvedPath(requested, real, root, missing.isEmpty());
  }

  /**
   * The entry of {@code directory} whose name equals {@code name} once both are in Unicode NFC,
   * when {@code name} itself does not exist: a model writes composed characters, macOS stores
   * them decomposed.
   */
  private static @Nullable String unicodeEquivalent(Path directory, String name)
      throws IOException {
    if (name.chars().allMatch(c -> c < 0x80) || !Files.isDirectory(directory)) {
      return null;
    }
    String wanted = Normalizer.normalize(name, Normalizer.Form.NFC);
    String found = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String candidate = entry.getFileName().toString();
        if (Normalizer.normalize(candidate, Normalizer.Form.NFC).equals(wanted)) {
          if (found != null) {
            throw new ToolFailure("Ambiguous Unicode path component: " + name);
          }
          found = candidate;
        }
      }
    }
    return found;
  }
}
