package io.jmcp.servers.git;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.jspecify.annotations.Nullable;

/**
 * Where HEAD is, in git's words: on a branch (possibly one without commits yet), or detached
 * "at" or "from" what was last checked out, which git reads from HEAD's reflog.
 *
 * @param branch the current branch's short name, or null when detached
 * @param unborn the branch has no commits yet
 * @param detachedPhrase for a detached HEAD, {@code "HEAD detached at v1.0"} and the like
 */
record HeadDescription(@Nullable String branch, boolean unborn, @Nullable String detachedPhrase) {

  private static final String CHECKOUT = "checkout: moving from ";

  static HeadDescription of(Repository repository) throws IOException {
    Ref head = repository.exactRef(Constants.HEAD);
    if (head != null && head.isSymbolic()) {
      String target = head.getTarget().getName();
      String name = Repository.shortenRefName(target);
      return new HeadDescription(name, head.getObjectId() == null, null);
    }
    if (head == null || head.getObjectId() == null) {
      return new HeadDescription(null, true, "Not currently on any branch.");
    }
    return new HeadDescription(null, false, detached(repository, head.getObjectId()));
  }

  boolean detached() {
    return branch == null;
  }

  /** git's wording: the name last checked out, "at" it if HEAD has not moved since. */
  private static String detached(Repository repository, ObjectId head) throws IOException {
    ReflogReader reflog = repository.getRefDatabase().getReflogReader(Constants.HEAD);
    if (reflog == null) {
      return "Not currently on any branch.";
    }
    List<ReflogEntry> entries = reflog.getReverseEntries(1000);
    for (ReflogEntry entry : entries) {
      String comment = entry.getComment();
      int to = comment.lastIndexOf(" to ");
      if (!comment.startsWith(CHECKOUT) || to < 0) {
        continue;
      }
      String target = comment.substring(to + 4);
      ObjectId id = entry.getNewId();
      String name = null;
      Ref ref = shortRef(repository, target);
      if (ref != null && (id.equals(ref.getObjectId()) || id.equals(peel(repository, ref)))) {
        name = ref.getName();
        for (String prefix : List.of(Constants.R_TAGS, Constants.R_REMOTES)) {
          if (name.startsWith(prefix)) {
            name = name.substring(prefix.length());
            break;
          }
        }
      }
      if (name == null) {
        try (ObjectReader reader = repository.newObjectReader()) {
          name = reader.abbreviate(id, 7).name();
        }
      }
      return (id.equals(head) ? "HEAD detached at " : "HEAD detached from ") + name;
    }
    return "Not currently on any branch.";
  }

  private static @Nullable Ref shortRef(Repository repository, String name) throws IOException {
    if (name.isEmpty() || ObjectId.isId(name)) {
      return null;
    }
    Ref ref = repository.findRef(name);
    return ref == null || ref.getName().equals(Constants.HEAD) ? null : ref;
  }

  private static @Nullable ObjectId peel(Repository repository, Ref ref) throws IOException {
    if (ref.getObjectId() == null) {
      return null;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(ref.getObjectId()).getId();
    } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
      return null;
    }
  }
}
