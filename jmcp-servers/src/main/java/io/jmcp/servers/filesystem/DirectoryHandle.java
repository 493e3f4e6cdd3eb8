package io.jmcp.servers.filesystem;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An open directory, and the operations on its entries by name. Entries are never reached
 * through a symbolic link: opening a name that is a link fails. Where the platform offers it
 * ({@link SecureDirectoryStream}: {@code openat}, {@code renameat}, {@code unlinkat},
 * {@code fstatat} on Linux and macOS), every operation is relative to the already opened
 * directory, so swapping a directory on the way for a link cannot redirect it; elsewhere
 * operations go by path with links refused at the last component.
 */
sealed interface DirectoryHandle extends Closeable
    permits SecureDirectoryHandle, PathDirectoryHandle {

  /** Opens the directory at {@code directory} (a real path). */
  static DirectoryHandle open(Path directory) throws IOException {
    DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
    if (stream instanceof SecureDirectoryStream<Path> secure) {
      return new SecureDirectoryHandle(directory, secure);
    }
    stream.close();
    return new PathDirectoryHandle(directory);
  }

  /** The real path this directory was opened at. */
  Path path();

  /** Opens the subdirectory {@code name}; fails if it is a link or not a directory. */
  DirectoryHandle directory(String name) throws IOException;

  /** Opens the file {@code name} for reading; fails if it is a link. */
  SeekableByteChannel openRead(String name) throws IOException;

  /** Creates the file {@code name}, which must not exist (not even as a link), for writing. */
  SeekableByteChannel createNew(String name) throws IOException;

  /** Renames entry {@code name} to {@code targetName} in {@code target}, atomically. */
  void rename(String name, DirectoryHandle target, String targetName) throws IOException;

  /** Deletes the file (or link) {@code name}. */
  void delete(String name) throws IOException;

  /** The attributes of entry {@code name} itself (a link is not followed), if it exists. */
  Optional<BasicFileAttributes> attributes(String name) throws IOException;

  /** The attributes of this directory. */
  BasicFileAttributes attributes() throws IOException;

  /** Sets the POSIX permissions of entry {@code name}; does nothing where there are none. */
  void setPermissions(String name, Set<PosixFilePermission> permissions) throws IOException;

  /**
   * The names of the entries, at most {@code limit} + 1 of them (so a caller can tell that there
   * are more than it accepts without reading them all); may be called once per handle.
   */
  List<String> names(long limit) throws IOException;
}
