package io.jmcp.servers.git;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One changed path between two sides (trees, the index or the work tree), as JGit's
 * {@link DiffEntry} so JGit's rename detection can pair additions with deletions.
 */
final class FileChange extends DiffEntry {

  private FileChange(ChangeType type, String oldPath, FileMode oldMode, ObjectId oldId,
      String newPath, FileMode newMode, ObjectId newId) {
    this.changeType = type;
    this.oldPath = oldPath;
    this.oldMode = oldMode;
    this.oldId = AbbreviatedObjectId.fromObjectId(oldId);
    this.newPath = newPath;
    this.newMode = newMode;
    this.newId = AbbreviatedObjectId.fromObjectId(newId);
  }

  static DiffEntry added(String path, FileMode mode, ObjectId id) {
    return new FileChange(ChangeType.ADD, DEV_NULL, FileMode.MISSING, ObjectId.zeroId(),
        path, mode, id);
  }

  static DiffEntry deleted(String path, FileMode mode, ObjectId id) {
    return new FileChange(ChangeType.DELETE, path, mode, id, DEV_NULL, FileMode.MISSING,
        ObjectId.zeroId());
  }

  static DiffEntry modified(String path, FileMode oldMode, ObjectId oldId, FileMode newMode,
      ObjectId newId) {
    return new FileChange(ChangeType.MODIFY, path, oldMode, oldId, path, newMode, newId);
  }
}
