package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens directories inside an allowed directory: the allowed directory by its real path, then
 * one component at a time relative to the one before, never through a link. A resolved real path
 * contains no links, so a link met on the way was swapped in after the check, and the open fails.
 */
final class ContainedFiles {

  private ContainedFiles() {
  }

  /** Opens {@code directory}, a real path inside the allowed directory {@code root}. */
  static DirectoryHandle openDirectory(Path root, Path directory) throws IOException {
    if (!directory.startsWith(root)) {
      throw new ToolFailure("Access denied - " + directory + " is outside " + root);
    }
    DirectoryHandle handle = DirectoryHandle.open(root);
    try {
      for (Path name : root.relativize(directory)) {
        if (name.toString().isEmpty()) {
          continue;
        }
        DirectoryHandle next = handle.directory(name.toString());
        handle.close();
        handle = next;
      }
      return handle;
    } catch (IOException | RuntimeException e) {
      handle.close();
      throw e;
    }
  }

  /** Opens the directory {@code path} names. */
  static DirectoryHandle openDirectory(ResolvedPath path) throws IOException {
    return openDirectory(path.root(), path.real());
  }

  /** Opens the directory holding {@code path}, which must not be an allowed directory itself. */
  static DirectoryHandle openParent(ResolvedPath path) throws IOException {
    if (path.isRoot()) {
      throw new ToolFailure("Not possible on an allowed directory itself: " + path.real());
    }
    return openDirectory(path.root(), path.real().getParent());
  }
}
