package io.jmcp.servers.filesystem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a filesystem server is set up.
 *
 * @param directories the allowed directories given at start ({@code ~} means the home directory;
 *     relative ones are taken from the working directory); may be empty when clients offer roots
 * @param roots what to do with the roots a client offers
 * @param readOnly whether to leave out the tools that change files
 * @param limits bounds on what one call may read or produce
 */
public record FilesystemOptions(List<Path> directories, RootsPolicy roots, boolean readOnly,
    FilesystemLimits limits) {

  public FilesystemOptions {
    directories = List.copyOf(directories);
    Objects.requireNonNull(roots, "roots");
    Objects.requireNonNull(limits, "limits");
  }

  /** The official server's behaviour: these directories, replaced by a client's roots. */
  public static FilesystemOptions of(List<Path> directories) {
    return new FilesystemOptions(directories, RootsPolicy.REPLACE, false,
        FilesystemLimits.DEFAULT);
  }

  public static FilesystemOptions of(Path... directories) {
    return of(List.of(directories));
  }

  public FilesystemOptions withRoots(RootsPolicy value) {
    return new FilesystemOptions(directories, value, readOnly, limits);
  }

  public FilesystemOptions withReadOnly(boolean value) {
    return new FilesystemOptions(directories, roots, value, limits);
  }

  public FilesystemOptions withLimits(FilesystemLimits value) {
    return new FilesystemOptions(directories, roots, readOnly, value);
  }
}
