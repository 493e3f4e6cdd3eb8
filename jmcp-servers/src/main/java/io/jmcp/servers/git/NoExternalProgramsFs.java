package io.jmcp.servers.git;

import java.io.File;
import java.io.OutputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FS_POSIX;
import org.eclipse.jgit.util.ProcessResult;
import org.jspecify.annotations.Nullable;

/**
 * JGit's POSIX file system with every way out to another program closed: repository hooks are
 * never found, and filter drivers or anything else that would start a shell fail with a clear
 * message. The server's tools then touch nothing but the repository's own files.
 */
final class NoExternalProgramsFs extends FS_POSIX {

  NoExternalProgramsFs() {
  }

  private NoExternalProgramsFs(FS source) {
    super(source);
  }

  @Override
  public FS newInstance() {
    return new NoExternalProgramsFs(this);
  }

  @Override
  public @Nullable File findHook(Repository repository, String hookName) {
    return null;
  }

  @Override
  public ProcessResult runHookIfPresent(Repository repository, String hookName, String[] args,
      OutputStream outRedirect, OutputStream errRedirect, String stdinArgs) {
    return new ProcessResult(ProcessResult.Status.NOT_PRESENT);
  }

  @Override
  public ProcessBuilder runInShell(String command, String[] args) {
    throw new UnsupportedOperationException("This git server runs no external programs, but the "
        + "repository's configuration asks for one ('" + command + "', e.g. a filter driver "
        + "such as git-lfs). Use the git command line for this repository.");
  }

  @Override
  protected @Nullable File discoverGitExe() {
    return null;
  }
}
