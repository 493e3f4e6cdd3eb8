package io.jmcp.servers.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The memory file on disk, safe for any number of writers: threads of this process and other
 * processes running this server on the same file.
 *
 * <p>Every change is a read-modify-write under two locks: a lock per file within this JVM (the
 * JVM refuses a second {@link FileLock} on a file it already locks), then an exclusive
 * {@link FileLock} on a sidecar file {@code <name>.lock} next to the memory file, which other
 * processes take too. The new content goes to a temporary file in the same directory, is forced
 * to disk, and is renamed over the memory file in one atomic step, so a reader (or a crash) never
 * sees half a file. Reads take no lock: a rename is atomic, so they see the old file or the new.
 *
 * <p>The official server takes no lock; a jmcp server and an official one writing the same file
 * at the same moment can still lose one of the two changes (never the whole file).
 */
final class MemoryFile {

  /** A memory file larger than this is refused rather than read into memory. */
  static final long MAX_SIZE = 256L * 1024 * 1024;

  private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path path;
  private final Runnable onChange;

  /** The file at {@code path}; {@code onChange} runs after each write that changed it. */
  MemoryFile(Path path, Runnable onChange) {
    this.path = path.toAbsolutePath().normalize();
    this.onChange = onChange;
  }

  Path path() {
    return path;
  }

  /** The graph as the file holds it now; no file is an empty graph. */
  KnowledgeGraph read() {
    return load(target()).graph();
  }

  /**
   * Applies {@code change} to the file's current content and writes the result back if it changed
   * anything, all under the file's lock. If {@code change} throws, the file is left as it was.
   */
  <R> R update(Function<GraphDocument, R> change) {
    Path target = target();
    Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
    ReentrantLock local = LOCKS.computeIfAbsent(lockFile, key -> new ReentrantLock());
    GraphDocument document;
    R result;
    local.lock();
    try {
      createParent(target);
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
        document = load(target);
        result = change.apply(document);
        if (document.changed()) {
          write(target, MemoryFileFormat.print(document));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot update the memory file " + target + ": " + e, e);
    } finally {
      local.unlock();
    }
    if (document.changed()) {
      onChange.run();
    }
    return result;
  }

  /** The file to read and replace: where a symbolic link points, else the path itself. */
  private Path target() {
    try {
      Path target = Files.isSymbolicLink(path) && Files.exists(path) ? path.toRealPath() : path;
      if (Files.isDirectory(target)) {
        throw new IllegalStateException("The memory file " + target + " is a directory; set "
            + MemoryFileLocation.ENVIRONMENT_VARIABLE + " to a file path.");
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve the memory file " + path + ": " + e, e);
    }
  }

  private static GraphDocument load(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_SIZE) {
        throw new IllegalStateException("The memory file " + file + " is larger than "
            + MAX_SIZE / (1024 * 1024) + " MiB; refusing to read it.");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException missing) {
      return GraphDocument.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the memory file " + file + ": " + e, e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("The memory file " + file + " is not UTF-8 text; "
          + "fix or move it away; the file was not changed.", e);
    }
    return MemoryFileFormat.parse(text, file.toString());
  }

  private static void createParent(Path target) throws IOException {
    Path parent = target.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
  }

  /** Writes a temporary file next to {@code target}, then renames it over {@code target}. */
  private static void write(Path target, String text) throws IOException {
    byte[] name = new byte[16];
    RANDOM.nextBytes(name);
    Path temp = target.resolveSibling(target.getFileName() + "." + HexFormat.of().formatHex(name)
        + ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A rewritten file keeps the permissions the user gave the old one. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view != null && Files.exists(target)) {
      Set<PosixFilePermission> permissions = view.readAttributes().permissions();
      Files.setPosixFilePermissions(temp, permissions);
    }
  }
}
