package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Turns I/O exceptions into messages a model can act on, naming the full path. */
final class IoErrors {

  private static final String LOOP = "Too many levels of symbolic links";

  private IoErrors() {
  }

  static String describe(IOException e) {
    if (e instanceof FileSystemException failure) {
      String file = failure.getFile();
      String other = failure.getOtherFile();
      return switch (failure) {
        case NoSuchFileException missing -> "No such file or directory: " + file;
        case FileAlreadyExistsException exists -> "Already exists: " + file;
        case AccessDeniedException denied -> "Permission denied: " + file;
        case NotDirectoryException notDirectory -> "Not a directory: " + file;
        case DirectoryNotEmptyException notEmpty -> "Directory not empty: " + file;
        case AtomicMoveNotSupportedException crossDevice -> "Cannot move " + file + " to "
            + other + ": they are on different file systems";
        default -> isLoop(failure)
            ? "Access denied - " + file + " is a symbolic link now (it changed after it was "
                + "checked); links are not followed here"
            : file + (other == null ? "" : " -> " + other) + ": "
                + (failure.getReason() == null ? failure.getClass().getSimpleName()
                    : failure.getReason());
      };
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  static boolean isLoop(FileSystemException e) {
    return LOOP.equals(e.getReason());
  }

  /** The same failure, its relative file names resolved against {@code directory}. */
  static IOException located(FileSystemException e, Path directory) {
    String file = absolute(e.getFile(), directory);
    String other = absolute(e.getOtherFile(), directory);
    IOException located = switch (e) {
      case NoSuchFileException missing -> new NoSuchFileException(file, other, e.getReason());
      case FileAlreadyExistsException exists ->
          new FileAlreadyExistsException(file, other, e.getReason());
      case AccessDeniedException denied -> new AccessDeniedException(file, other, e.getReason());
      case NotDirectoryException notDirectory -> new NotDirectoryException(file);
      case DirectoryNotEmptyException notEmpty -> new DirectoryNotEmptyException(file);
      case AtomicMoveNotSupportedException crossDevice ->
          new AtomicMoveNotSupportedException(file, other, e.getReason());
      default -> new FileSystemException(file, other, e.getReason());
    };
    located.initCause(e);
    return located;
  }

  private static @Nullable String absolute(@Nullable String file, Path directory) {
    if (file == null) {
      return null;
    }
    Path path = Path.of(file);
    return path.isAbsolute() ? file : directory.resolve(path).toString();
  }
}
