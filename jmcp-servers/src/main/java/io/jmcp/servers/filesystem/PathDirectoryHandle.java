package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A directory known by path, for platforms without {@link java.nio.file.SecureDirectoryStream}:
 * the last component of every operation refuses links, the components before it are checked
 * when opened but could in theory be swapped afterwards.
 */
record PathDirectoryHandle(Path path) implements DirectoryHandle {

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  @Override
  public DirectoryHandle directory(String name) throws IOException {
    Path child = path.resolve(name);
    BasicFileAttributes attributes =
        Files.readAttributes(child, BasicFileAttributes.class, NOFOLLOW);
    if (attributes.isSymbolicLink()) {
      throw new FileSystemException(child.toString(), null, "Too many levels of symbolic links");
    }
    if (!attributes.isDirectory()) {
      throw new NotDirectoryException(child.toString());
    }
    return new PathDirectoryHandle(child);
  }

  @Override
  public SeekableByteChannel openRead(String name) throws IOException {
    return Files.newByteChannel(path.resolve(name), StandardOpenOption.READ, NOFOLLOW);
  }

  @Override
  public SeekableByteChannel createNew(String name) throws IOException {
    return Files.newByteChannel(path.resolve(name), StandardOpenOption.WRITE,
        StandardOpenOption.CREATE_NEW, NOFOLLOW);
  }

  @Override
  public void rename(String name, DirectoryHandle target, String targetName) throws IOException {
    Files.move(path.resolve(name), target.path().resolve(targetName),
        StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void delete(String name) throws IOException {
    Files.delete(path.resolve(name));
  }

  @Override
  public Optional<BasicFileAttributes> attributes(String name) throws IOException {
    try {
      return Optional.of(read(path.resolve(name)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public BasicFileAttributes attributes() throws IOException {
    return read(path);
  }

  private static BasicFileAttributes read(Path file) throws IOException {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class, NOFOLLOW) != null) {
      return Files.readAttributes(file, PosixFileAttributes.class, NOFOLLOW);
    }
    return Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
  }

  @Override
  public void setPermissions(String name, Set<PosixFilePermission> permissions)
      throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(path.resolve(name), PosixFileAttributeView.class, NOFOLLOW);
    if (posix != null) {
      posix.setPermissions(permissions);
    }
  }

  @Override
  public List<String> names(long limit) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
        if (names.size() > limit) {
          break;
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    return names;
  }

  @Override
  public void close() {
  }
}
