package io.jmcp.servers.git;

import io.jmcp.servers.git.Comparison.PathChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.util.QuotedString;
import org.jspecify.annotations.Nullable;

/**
 * {@code git status} in its long format, as git 2.39+ prints it without colour: the branch line
 * with upstream tracking, a merge in progress, unmerged paths, changes to be committed (with
 * renames), changes not staged, untracked files (a wholly untracked directory as {@code dir/}),
 * and git's closing line.
 */
final class StatusReport {

  /** git pads change labels to the widest one ("typechange:") plus one. */
  private static final int LABEL_WIDTH = 12;
  /** ... and unmerged labels to "deleted by them:" plus one. */
  private static final int UNMERGED_WIDTH = 17;

  private final Repository repository;
  private final ObjectReader reader;
  private final StringBuilder out = new StringBuilder();

  private StatusReport(Repository repository, ObjectReader reader) {
    this.repository = repository;
    this.reader = reader;
  }

  static String of(Repository repository, @Nullable RevTree head) throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      return new StatusReport(repository, reader).write(head);
    }
  }

  private String write(@Nullable RevTree head) throws IOException {
    HeadDescription where = HeadDescription.of(repository);
    boolean initial = head == null;
    if (where.detached()) {
      line(where.detachedPhrase());
    } else {
      line("On branch " + where.branch());
      if (!initial) {
        tracking(where.branch());
      }
    }
    if (initial) {
      line("");
      line("No commits yet");
      line("");
    }
    mergeState();
    ChangeScanner scanner = new ChangeScanner(repository, reader);
    Map<String, Integer> unmerged = unmergedStages();
    List<String> staged = stagedLines(scanner.headToIndex(head));
    List<String> unstaged = new ArrayList<>();
    boolean deletions = unstagedLines(scanner.indexToWorkTree(), unstaged);
    List<String> untracked = UntrackedFiles.list(repository);
    unmergedSection(unmerged, initial);
    section("Changes to be committed:", staged, initial
        ? "  (use \"git rm --cached <file>...\" to unstage)"
        : "  (use \"git restore --staged <file>...\" to unstage)");
    section("Changes not staged for commit:", unstaged,
        "  (use \"git add" + (deletions ? "/rm" : "") + " <file>...\" to update what will be "
            + "committed)",
        "  (use \"git restore <file>...\" to discard changes in working directory)");
    section("Untracked files:", untracked.stream().map(path -> "\t" + quote(path)).toList(),
        "  (use \"git add <file>...\" to include in what will be committed)");
    if (!staged.isEmpty()) {
      return out.toString();
    }
    if (!unstaged.isEmpty() || !unmerged.isEmpty()) {
      line("no changes added to commit (use \"git add\" and/or \"git commit -a\")");
    } else if (!untracked.isEmpty()) {
      line("nothing added to commit but untracked files present (use \"git add\" to track)");
    } else if (initial) {
      line("nothing to commit (create/copy files and use \"git add\" to track)");
    } else {
      line("nothing to commit, working tree clean");
    }
    return out.toString();
  }

  private void tracking(String branch) throws IOException {
    String upstream = new BranchConfig(repository.getConfig(), branch).getTrackingBranch();
    if (upstream == null) {
      return;
    }
    String name = Repository.shortenRefName(upstream);
    BranchTrackingStatus status = repository.exactRef(upstream) == null ? null
        : BranchTrackingStatus.of(repository, branch);
    if (status == null) {
      line("Your branch is based on '" + name + "', but the upstream is gone.");
      line("  (use \"git branch --unset-upstream\" to fixup)");
    } else if (status.getAheadCount() == 0 && status.getBehindCount() == 0) {
      line("Your branch is up to date with '" + name + "'.");
    } else if (status.getBehindCount() == 0) {
      line("Your branch is ahead of '" + name + "' by " + commits(status.getAheadCount()) + ".");
      line("  (use \"git push\" to publish your local commits)");
    } else if (status.getAheadCount() == 0) {
      line("Your branch is behind '" + name + "' by " + commits(status.getBehindCount())
          + ", and can be fast-forwarded.");
      line("  (use \"git pull\" to update your local branch)");
    } else {
      line("Your branch and '" + name + "' have diverged,");
      line("and have " + status.getAheadCount() + " and " + status.getBehindCount()
          + " different commits each, respectively.");
      line("  (use \"git pull\" to merge the remote branch into yours)");
    }
    line("");
  }

  private static String commits(int count) {
    return count + (count == 1 ? " commit" : " commits");
  }

  private void mergeState() {
    RepositoryState state = repository.getRepositoryState();
    if (state == RepositoryState.MERGING) {
      line("You have unmerged paths.");
      line("  (fix conflicts and run \"git commit\")");
      line("  (use \"git merge --abort\" to abort the merge)");
      line("");
    } else if (state == RepositoryState.MERGING_RESOLVED) {
      line("All conflicts fixed but you are still merging.");
      line("  (use \"git commit\" to conclude merge)");
      line("");
    }
  }

  private List<String> stagedLines(Comparison staged) throws IOException {
    Map<String, String> lines = new TreeMap<>();
    for (DiffEntry entry : staged.entries(reader, repository.getConfig(), false)) {
      String label;
      String text;
      switch (entry.getChangeType()) {
        case ADD -> {
          label = "new file:";
          text = quote(entry.getNewPath());
        }
        case DELETE -> {
          label = "deleted:";
          text = quote(entry.getOldPath());
        }
        case RENAME, COPY -> {
          label = entry.getChangeType() == DiffEntry.ChangeType.RENAME ? "renamed:" : "copied:";
          text = quote(entry.getOldPath()) + " -> " + quote(entry.getNewPath());
        }
        default -> {
          label = typeChanged(entry) ? "typechange:" : "modified:";
          text = quote(entry.getNewPath());
        }
      }
      String key = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath()
          : entry.getNewPath();
      lines.put(key, labelled(label, LABEL_WIDTH) + text);
    }
    return new ArrayList<>(lines.values());
  }

  private static boolean typeChanged(DiffEntry entry) {
    return (entry.getOldMode().getBits() & org.eclipse.jgit.lib.FileMode.TYPE_MASK)
        != (entry.getNewMode().getBits() & org.eclipse.jgit.lib.FileMode.TYPE_MASK);
  }

  /** Fills {@code lines}; true if any tracked file was deleted from the work tree. */
  private boolean unstagedLines(Comparison unstaged, List<String> lines) {
    boolean deletions = false;
    for (PathChange change : unstaged.changes()) {
      String label;
      if (change.after() == null) {
        label = "deleted:";
        deletions = true;
      } else {
        label = change.typeChanged() ? "typechange:" : "modified:";
      }
      lines.add(labelled(label, LABEL_WIDTH) + quote(change.path()));
    }
    return deletions;
  }

  /** Path to the bit set of its stages (1 base, 2 ours, 3 theirs). */
  private Map<String, Integer> unmergedStages() throws IOException {
    Map<String, Integer> stages = new TreeMap<>();
    DirCache index = repository.readDirCache();
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry entry = index.getEntry(i);
      if (entry.getStage() != 0) {
        stages.merge(entry.getPathString(), 1 << entry.getStage(), (a, b) -> a | b);
      }
    }
    return stages;
  }

  private void unmergedSection(Map<String, Integer> unmerged, boolean initial) {
    if (unmerged.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    boolean bothDeleted = false;
    boolean deleteModify = false;
    for (Map.Entry<String, Integer> path : unmerged.entrySet()) {
      String how = switch (path.getValue() >> 1) {
        case 0b001 -> "both deleted:";
        case 0b010 -> "added by us:";
        case 0b011 -> "deleted by them:";
        case 0b100 -> "added by them:";
        case 0b101 -> "deleted by us:";
        case 0b110 -> "both added:";
        default -> "both modified:";
      };
      bothDeleted |= how.equals("both deleted:");
      deleteModify |= how.startsWith("deleted by");
      lines.add(labelled(how, UNMERGED_WIDTH) + quote(path.getKey()));
    }
    String resolve = deleteModify
        ? "  (use \"git add/rm <file>...\" as appropriate to mark resolution)"
        : bothDeleted ? "  (use \"git rm <file>...\" to mark resolution)"
            : "  (use \"git add <file>...\" to mark resolution)";
    section("Unmerged paths:", lines, initial
        ? "  (use \"git rm --cached <file>...\" to unstage)"
        : "  (use \"git restore --staged <file>...\" to unstage)", resolve);
  }

  private void section(String title, List<String> lines, String... hints) {
    if (lines.isEmpty()) {
      return;
    }
    line(title);
    for (String hint : hints) {
      line(hint);
    }
    for (String entry : lines) {
      line(entry);
    }
    line("");
  }

  private static String labelled(String label, int width) {
    return "\t" + label + " ".repeat(Math.max(1, width - label.length()));
  }

  private static String quote(String path) {
    return QuotedString.GIT_PATH.quote(path);
  }

  private void line(@Nullable String text) {
    out.append(text == null ? "" : text).append('\n');
  }
}
