package io.jmcp.servers.git;

import io.jmcp.servers.git.Comparison.PathChange;
import io.jmcp.servers.git.Comparison.Version;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.jspecify.annotations.Nullable;

/**
 * Finds what differs between a commit's tree, the index and the work tree, the way
 * {@code git diff} sees it: the work tree only counts for tracked paths (untracked files are
 * never shown), a file whose timestamp changed but whose content did not is unchanged, and files
 * marked assume-unchanged or skip-worktree are left alone.
 */
final class ChangeScanner {

  private final Repository repository;
  private final ObjectReader reader;

  ChangeScanner(Repository repository, ObjectReader reader) {
    this.repository = repository;
    this.reader = reader;
  }

  /** {@code git diff --cached}: HEAD (or nothing, before the first commit) against the index. */
  Comparison headToIndex(@Nullable RevTree head) throws IOException {
    DirCache index = repository.readDirCache();
    List<PathChange> changes = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.setRecursive(true);
      int tree = walk.addTree(treeIterator(head));
      int staged = walk.addTree(new DirCacheIterator(index));
      walk.setFilter(TreeFilter.ANY_DIFF);
      Set<String> seen = new HashSet<>();
      while (walk.next()) {
        DirCacheEntry entry = indexEntry(walk, staged);
        if (!seen.add(walk.getPathString()) || entry != null && entry.getStage() != 0) {
          continue;
        }
        add(changes, walk.getPathString(), version(walk, tree),
            entry == null ? null : new Version(entry.getFileMode(), entry.getObjectId()));
      }
    }
    ContentSource objects = ContentSource.create(reader);
    return new Comparison(changes, new ContentSource.Pair(objects, objects));
  }

  /** {@code git diff}: the index against the work tree, tracked files only. */
  Comparison indexToWorkTree() throws IOException {
    DirCache index = repository.readDirCache();
    List<PathChange> changes = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.setRecursive(true);
      int staged = walk.addTree(new DirCacheIterator(index));
      FileTreeIterator files = new FileTreeIterator(repository);
      int work = walk.addTree(files);
      files.setDirCacheIterator(walk, staged);
      walk.setFilter(new TrackedFilter(staged, -1));
      Set<String> seen = new HashSet<>();
      while (walk.next()) {
        DirCacheEntry entry = indexEntry(walk, staged);
        if (entry == null || !seen.add(walk.getPathString()) || entry.getStage() != 0
            || entry.isIntentToAdd()) {
          continue;
        }
        Version before = new Version(entry.getFileMode(), entry.getObjectId());
        add(changes, walk.getPathString(), before, workVersion(walk, work, staged, entry));
      }
    }
    return new Comparison(changes, new ContentSource.Pair(ContentSource.create(reader),
        ContentSource.create(new FileTreeIterator(repository))));
  }

  /** {@code git diff <commit>}: a commit's tree against the work tree, tracked files only. */
  Comparison treeToWorkTree(RevTree tree) throws IOException {
    DirCache index = repository.readDirCache();
    List<PathChange> changes = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.setRecursive(true);
      int commit = walk.addTree(treeIterator(tree));
      int staged = walk.addTree(new DirCacheIterator(index));
      FileTreeIterator files = new FileTreeIterator(repository);
      int work = walk.addTree(files);
      files.setDirCacheIterator(walk, staged);
      walk.setFilter(new TrackedFilter(staged, commit));
      Set<String> seen = new HashSet<>();
      while (walk.next()) {
        if (!seen.add(walk.getPathString())) {
          continue;
        }
        DirCacheEntry entry = indexEntry(walk, staged);
        Version after = entry == null || entry.isIntentToAdd() ? null
            : workVersion(walk, work, staged, entry);
        add(changes, walk.getPathString(), version(walk, commit), after);
      }
    }
    return new Comparison(changes, new ContentSource.Pair(ContentSource.create(reader),
        ContentSource.create(new FileTreeIterator(repository))));
  }

  /** Two commits' trees, the older one possibly absent (a root commit). */
  Comparison treeToTree(@Nullable RevTree before, RevTree after) throws IOException {
    List<PathChange> changes = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.setRecursive(true);
      int old = walk.addTree(treeIterator(before));
      int current = walk.addTree(treeIterator(after));
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        add(changes, walk.getPathString(), version(walk, old), version(walk, current));
      }
    }
    ContentSource objects = ContentSource.create(reader);
    return new Comparison(changes, new ContentSource.Pair(objects, objects));
  }

  private AbstractTreeIterator treeIterator(@Nullable RevTree tree) throws IOException {
    return tree == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, tree);
  }

  private static @Nullable DirCacheEntry indexEntry(TreeWalk walk, int staged) {
    DirCacheIterator iterator = walk.getTree(staged, DirCacheIterator.class);
    return iterator == null ? null : iterator.getDirCacheEntry();
  }

  private static @Nullable Version version(TreeWalk walk, int tree) {
    int mode = walk.getRawMode(tree);
    return mode == 0 ? null : new Version(mode, walk.getObjectId(tree));
  }

  /** The work tree's version of a tracked path, or null if the file is gone. */
  private @Nullable Version workVersion(TreeWalk walk, int work, int staged, DirCacheEntry entry)
      throws IOException {
    WorkingTreeIterator file = walk.getTree(work, WorkingTreeIterator.class);
    Version indexed = new Version(entry.getFileMode(), entry.getObjectId());
    if (entry.isAssumeValid() || entry.isSkipWorkTree()) {
      return indexed;
    }
    if (file == null) {
      return null;
    }
    if (!file.isModified(entry, true, reader)) {
      return indexed;
    }
    FileMode mode = file.getIndexFileMode(walk.getTree(staged, DirCacheIterator.class));
    return new Version(mode, file.getEntryObjectId());
  }

  private static void add(List<PathChange> changes, String path, @Nullable Version before,
      @Nullable Version after) {
    if (before == null && after == null || before != null && before.equals(after)) {
      return;
    }
    changes.add(new PathChange(path, before, after));
  }

  /**
   * Skips what only the work tree has (untracked files and directories), without descending
   * into it; a tree index of -1 means there is no commit side.
   */
  private static final class TrackedFilter extends TreeFilter {

    private final int staged;
    private final int commit;

    TrackedFilter(int staged, int commit) {
      this.staged = staged;
      this.commit = commit;
    }

    @Override
    public boolean include(TreeWalk walk) {
      return walk.getRawMode(staged) != 0 || commit >= 0 && walk.getRawMode(commit) != 0;
    }

    @Override
    public boolean shouldBeRecursive() {
      return false;
    }

    @Override
    public TreeFilter clone() {
      return this;
    }
  }
}
