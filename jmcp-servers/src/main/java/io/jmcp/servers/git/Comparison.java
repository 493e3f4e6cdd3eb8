package io.jmcp.servers.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.jspecify.annotations.Nullable;

/**
 * The paths that differ between two sides (a tree, the index or the work tree), with where to read
 * each side's content from.
 *
 * @param changes each changed path, in path order
 * @param contents where the old and the new side's bytes come from
 */
record Comparison(List<PathChange> changes, ContentSource.Pair contents) {

  /** One side of one path: its mode and object id (for the work tree, the id of its content). */
  record Version(int modeBits, ObjectId id) {

    Version(FileMode mode, ObjectId id) {
      this(mode.getBits(), id);
    }

    FileMode mode() {
      return FileMode.fromBits(modeBits);
    }

    int type() {
      return modeBits & FileMode.TYPE_MASK;
    }
  }

  /** A path whose old and new versions differ; a null version means the path is absent. */
  record PathChange(String path, @Nullable Version before, @Nullable Version after) {

    boolean typeChanged() {
      return before != null && after != null && before.type() != after.type();
    }
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes as diff entries, as {@code git diff} lists them: a change of file type becomes a
   * deletion followed by an addition (when {@code splitTypeChanges}), and additions are paired
   * with deletions into renames when the repository's {@code diff.renames} allows (git's default:
   * on, at 50% similarity).
   */
  List<DiffEntry> entries(ObjectReader reader, Config config, boolean splitTypeChanges)
      throws IOException {
    List<DiffEntry> entries = new ArrayList<>();
    for (PathChange change : changes) {
      Version before = change.before();
      Version after = change.after();
      if (before == null && after != null) {
        entries.add(FileChange.added(change.path(), after.mode(), after.id()));
      } else if (after == null && before != null) {
        entries.add(FileChange.deleted(change.path(), before.mode(), before.id()));
      } else if (before != null && after != null) {
        if (splitTypeChanges && change.typeChanged()) {
          entries.add(FileChange.deleted(change.path(), before.mode(), before.id()));
          entries.add(FileChange.added(change.path(), after.mode(), after.id()));
        } else {
          entries.add(FileChange.modified(change.path(), before.mode(), before.id(),
              after.mode(), after.id()));
        }
      }
    }
    if (!renamesEnabled(config) || entries.stream().noneMatch(
        entry -> entry.getChangeType() == DiffEntry.ChangeType.ADD)) {
      return entries;
    }
    RenameDetector detector = new RenameDetector(reader, config.get(DiffConfig.KEY));
    detector.setRenameScore(50);
    detector.setRenameLimit(config.getInt("diff", "renameLimit", 1000));
    detector.addAll(entries);
    List<DiffEntry> detected;
    try {
      detected = new ArrayList<>(detector.compute(contents, NullProgressMonitor.INSTANCE));
    } catch (CanceledException e) {
      throw new IOException("rename detection was cancelled", e);
    }
    // git lists a diff by the old path of each pair; for the same path a deletion comes first.
    detected.sort(Comparator.comparing(Comparison::sortPath)
        .thenComparing(entry -> entry.getChangeType() == DiffEntry.ChangeType.ADD));
    return detected;
  }

  private static String sortPath(DiffEntry entry) {
    return entry.getChangeType() == DiffEntry.ChangeType.ADD ? entry.getNewPath()
        : entry.getOldPath();
  }

  /** git's {@code diff.renames}: on unless set to false ("copies" counts as on). */
  private static boolean renamesEnabled(Config config) {
    String value = config.getString("diff", null, "renames");
    if (value == null) {
      return true;
    }
    return !(value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no")
        || value.equalsIgnoreCase("off") || value.equals("0"));
  }
}
