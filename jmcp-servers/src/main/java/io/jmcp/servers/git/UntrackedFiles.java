package io.jmcp.servers.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The untracked, not ignored files as {@code git status} lists them by default: a directory
 * holding nothing tracked is one entry, {@code dir/}, if it holds any file worth showing; a nested
 * repository is shown the same way; empty directories are not shown.
 */
final class UntrackedFiles {

  private UntrackedFiles() {
  }

  static List<String> list(Repository repository) throws IOException {
    List<String> untracked = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      int index = walk.addTree(new DirCacheIterator(repository.readDirCache()));
      int work = walk.addTree(new FileTreeIterator(repository));
      while (walk.next()) {
        WorkingTreeIterator file = walk.getTree(work, WorkingTreeIterator.class);
        if (file == null) {
          continue;
        }
        if (walk.getRawMode(index) != 0) {
          if (walk.isSubtree() && FileMode.TREE.equals(walk.getRawMode(index))) {
            walk.enterSubtree();
          }
          continue;
        }
        if (file.isEntryIgnored()) {
          continue;
        }
        String path = walk.getPathString();
        if (FileMode.GITLINK.equals(walk.getRawMode(work))) {
          untracked.add(path + "/");
        } else if (walk.isSubtree()) {
          if (holdsVisibleFile(repository, path)) {
            untracked.add(path + "/");
          }
        } else {
          untracked.add(path);
        }
      }
    }
    untracked.sort(null);
    return untracked;
  }

  /** Whether an untracked directory holds any file that is not ignored, at any depth. */
  private static boolean holdsVisibleFile(Repository repository, String directory)
      throws IOException {
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(new FileTreeIterator(repository));
      walk.setFilter(PathFilter.create(directory));
      while (walk.next()) {
        WorkingTreeIterator file = walk.getTree(0, WorkingTreeIterator.class);
        if (file == null || file.isEntryIgnored()) {
          continue;
        }
        if (walk.isSubtree()) {
          walk.enterSubtree();
        } else if (!walk.getPathString().equals(directory)) {
          return true;
        }
      }
    }
    return false;
  }
}
