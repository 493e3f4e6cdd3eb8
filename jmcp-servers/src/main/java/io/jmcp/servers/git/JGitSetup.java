package io.jmcp.servers.git;

import java.io.File;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Process-wide JGit settings the server needs, applied once: JGit's own cache file
 * ({@code ~/.config/jgit/config}, where it records measured file-system timestamp resolutions) is
 * kept in memory so the server writes nothing outside repositories, and the system git
 * configuration is read from its usual place instead of asking a {@code git} executable where it
 * is. The user's {@code ~/.gitconfig} is read as git reads it (for {@code user.name} and friends).
 */
final class JGitSetup {

  private static final AtomicBoolean APPLIED = new AtomicBoolean();

  private JGitSetup() {
  }

  /** The file system the server opens repositories with: no hooks, no external programs. */
  static FS fileSystem() {
    apply();
    return FS.DETECTED instanceof org.eclipse.jgit.util.FS_POSIX
        ? new NoExternalProgramsFs() : FS.DETECTED;
  }

  static void apply() {
    if (!APPLIED.compareAndSet(false, true)) {
      return;
    }
    SystemReader.setInstance(new ConfinedSystemReader(SystemReader.getInstance()));
    // Measure timestamp resolution in the background: the first call then never waits seconds.
    FS.FileStoreAttributes.setBackground(true);
  }

  private static final class ConfinedSystemReader extends SystemReader.Delegate {

    ConfinedSystemReader(SystemReader delegate) {
      super(delegate);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
      return new InMemoryConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      File system = new File("/etc/gitconfig");
      String disabled = getenv(Constants.GIT_CONFIG_NOSYSTEM_KEY);
      if ((disabled == null || disabled.isEmpty()) && !isWindows() && system.isFile()) {
        return new FileBasedConfig(parent, system, fs);
      }
      return new InMemoryConfig(parent, fs);
    }
  }

  /** A configuration that starts empty and is never written anywhere. */
  private static final class InMemoryConfig extends FileBasedConfig {

    InMemoryConfig(Config parent, FS fs) {
      super(parent, null, fs);
    }

    @Override
    public void load() {
      // nothing to load: this configuration lives in memory only
    }

    @Override
    public void save() {
      // never written: the server writes nothing outside repositories
    }

    @Override
    public boolean isOutdated() {
      return false;
    }
  }
}
