package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Changes files inside the allowed directories without ever writing through a link: content goes
 * to a new temporary file (created exclusively, so nothing can be waiting at its name) in the
 * target's already opened directory, which is then renamed over the target. A rename replaces a
 * link rather than following it, and readers see the old or the new content, never a mix.
 */
final class FileWrites {

  private static final SecureRandom RANDOM = new SecureRandom();

  private FileWrites() {
  }

  /** Creates or replaces the file {@code path} with {@code content}, keeping its permissions. */
  static void write(ResolvedPath path, byte[] content) throws IOException {
    if (path.isRoot()) {
      throw new ToolFailure("Cannot write " + path.real() + ": it is a directory");
    }
    try (DirectoryHandle parent = ContainedFiles.openParent(path)) {
      Optional<BasicFileAttributes> existing = parent.attributes(path.name());
      if (existing.isPresent() && existing.get().isDirectory()) {
        throw new ToolFailure("Cannot write " + path.real() + ": it is a directory");
      }
      Set<PosixFilePermission> permissions = existing
          .filter(attributes -> attributes.isRegularFile()
              && attributes instanceof PosixFileAttributes)
          .map(attributes -> ((PosixFileAttributes) attributes).permissions())
          .orElse(null);
      String temporary = ".jmcp-" + HexFormat.of().formatHex(randomBytes()) + ".tmp";
      try {
        try (SeekableByteChannel out = parent.createNew(temporary)) {
          ByteBuffer buffer = ByteBuffer.wrap(content);
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
        }
        if (permissions != null) {
          parent.setPermissions(temporary, permissions);
        }
        parent.rename(temporary, parent, path.name());
      } catch (IOException | RuntimeException e) {
        deleteQuietly(parent, temporary);
        throw e;
      }
    }
  }

  /**
   * Creates {@code path} and any missing parents, like {@code mkdir -p}; an existing directory is
   * fine. Each new directory is created by path (Java has no {@code mkdirat}) and then opened
   * relative to its parent without following links, and the two must be the same directory.
   */
  static void createDirectories(ResolvedPath path) throws IOException {
    Path relative = path.root().relativize(path.real());
    DirectoryHandle current = DirectoryHandle.open(path.root());
    try {
      for (Path element : relative) {
        String name = element.toString();
        if (name.isEmpty()) {
          continue;
        }
        Optional<BasicFileAttributes> existing = current.attributes(name);
        if (existing.isPresent() && !existing.get().isDirectory()) {
          throw new ToolFailure("Cannot create directory " + current.path().resolve(name)
              + ": it exists and is not a directory");
        }
        if (existing.isEmpty()) {
          createOne(current, name);
        }
        DirectoryHandle next = current.directory(name);
        current.close();
        current = next;
      }
    } finally {
      current.close();
    }
  }

  private static void createOne(DirectoryHandle parent, String name) throws IOException {
    Path created = parent.path().resolve(name);
    try {
      Files.createDirectory(created);
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    Object byPath = Files.readAttributes(created, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS).fileKey();
    Object byHandle = parent.attributes(name).map(BasicFileAttributes::fileKey).orElse(null);
    if (byHandle == null && byPath != null || byPath != null && !byPath.equals(byHandle)) {
      throw new ToolFailure("Access denied - a directory on the way to " + created
          + " changed while it was being created");
    }
  }

  /** Moves (renames) {@code source} to {@code destination}, which must not exist. */
  static void move(ResolvedPath source, ResolvedPath destination) throws IOException {
    if (source.isRoot() || destination.isRoot()) {
      throw new ToolFailure("Cannot move an allowed directory itself: "
          + (source.isRoot() ? source.real() : destination.real()));
    }
    try (DirectoryHandle from = ContainedFiles.openParent(source);
        DirectoryHandle to = ContainedFiles.openParent(destination)) {
      if (from.attributes(source.name()).isEmpty()) {
        throw new NoSuchFileException(source.real().toString());
      }
      if (to.attributes(destination.name()).isPresent()) {
        throw new ToolFailure("Destination already exists: " + destination.real());
      }
      from.rename(source.name(), to, destination.name());
    }
  }

  private static void deleteQuietly(DirectoryHandle parent, String name) {
    try {
      parent.delete(name);
    } catch (IOException | RuntimeException ignored) {
      // it was never created, or is gone already
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
