package io.jmcp.servers.filesystem;

import java.nio.file.Path;

/**
 * A requested path after resolution.
 *
 * @param requested the path as the model wrote it (echoed in messages, like the official server)
 * @param real the real path: every existing component with symbolic links resolved, then the
 *     components that do not exist yet
 * @param root the allowed real directory holding {@code real}
 * @param exists whether {@code real} existed when resolved
 */
record ResolvedPath(String requested, Path real, Path root, boolean exists) {

  /** Whether this is an allowed directory itself, which has no parent inside the allowed scope. */
  boolean isRoot() {
    return real.equals(root);
  }

  /** The last name of {@link #real}; only for paths that are not {@link #isRoot() a root}. */
  String name() {
    return real.getFileName().toString();
  }
}
