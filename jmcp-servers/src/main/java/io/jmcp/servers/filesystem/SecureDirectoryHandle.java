package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A directory held open by file descriptor; entries are reached with the {@code *at} system
 * calls relative to it, with {@code O_NOFOLLOW}.
 */
record SecureDirectoryHandle(Path path, SecureDirectoryStream<Path> stream)
    implements DirectoryHandle {

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final Set<OpenOption> READ = Set.of(StandardOpenOption.READ, NOFOLLOW);
  private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.WRITE,
      StandardOpenOption.CREATE_NEW, NOFOLLOW);

  /** One operation on the open directory. */
  private interface Operation<T> {
    T run() throws IOException;
  }

  /** Runs {@code operation}, naming full paths in its failure. */
  private <T> T located(Operation<T> operation) throws IOException {
    try {
      return operation.run();
    } catch (FileSystemException e) {
      throw IoErrors.located(e, path);
    }
  }

  @Override
  public DirectoryHandle directory(String name) throws IOException {
    return located(() -> new SecureDirectoryHandle(path.resolve(name),
        stream.newDirectoryStream(Path.of(name), NOFOLLOW)));
  }

  @Override
  public SeekableByteChannel openRead(String name) throws IOException {
    return located(() -> stream.newByteChannel(Path.of(name), READ));
  }

  @Override
  public SeekableByteChannel createNew(String name) throws IOException {
    return located(() -> stream.newByteChannel(Path.of(name), CREATE));
  }

  @Override
  public void rename(String name, DirectoryHandle target, String targetName) throws IOException {
    if (!(target instanceof SecureDirectoryHandle secureTarget)) {
      throw new IOException("cannot move between different kinds of directory handles");
    }
    located(() -> {
      stream.move(Path.of(name), secureTarget.stream(), Path.of(targetName));
      return null;
    });
  }

  @Override
  public void delete(String name) throws IOException {
    located(() -> {
      stream.deleteFile(Path.of(name));
      return null;
    });
  }

  @Override
  public Optional<BasicFileAttributes> attributes(String name) throws IOException {
    Path entry = Path.of(name);
    return located(() -> {
      try {
        PosixFileAttributeView posix =
            stream.getFileAttributeView(entry, PosixFileAttributeView.class, NOFOLLOW);
        if (posix != null) {
          return Optional.of(posix.readAttributes());
        }
        return Optional.of(stream.getFileAttributeView(entry, BasicFileAttributeView.class,
            NOFOLLOW).readAttributes());
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    });
  }

  @Override
  public BasicFileAttributes attributes() throws IOException {
    return located(() -> {
      PosixFileAttributeView posix = stream.getFileAttributeView(PosixFileAttributeView.class);
      return posix != null ? posix.readAttributes()
          : stream.getFileAttributeView(BasicFileAttributeView.class).readAttributes();
    });
  }

  @Override
  public void setPermissions(String name, Set<PosixFilePermission> permissions)
      throws IOException {
    located(() -> {
      PosixFileAttributeView posix =
          stream.getFileAttributeView(Path.of(name), PosixFileAttributeView.class, NOFOLLOW);
      if (posix != null) {
        posix.setPermissions(permissions);
      }
      return null;
    });
  }

  @Override
  public List<String> names(long limit) throws IOException {
    List<String> names = new ArrayList<>();
    try {
      for (Path entry : stream) {
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
  public void close() throws IOException {
    stream.close();
  }
}
