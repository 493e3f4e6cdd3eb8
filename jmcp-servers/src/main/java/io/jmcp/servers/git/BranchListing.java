package io.jmcp.servers.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.jspecify.annotations.Nullable;

/**
 * {@code git branch [-r | -a] [--contains C] [--no-contains C]} as git prints it: the current
 * branch starred, a detached HEAD first as {@code (HEAD detached at ...)}, remote-tracking
 * branches as {@code origin/x} (or {@code remotes/origin/x} with local ones), symbolic refs as
 * {@code origin/HEAD -> origin/main}, all in ref-name order.
 */
final class BranchListing {

  private BranchListing() {
  }

  static String list(Repository repository, String branchType, @Nullable String contains,
      @Nullable String notContains) throws IOException {
    boolean local;
    boolean remote;
    switch (branchType) {
      case "local" -> {
        local = true;
        remote = false;
      }
      case "remote" -> {
        local = false;
        remote = true;
      }
      case "all" -> {
        local = true;
        remote = true;
      }
      default -> {
        return "Invalid branch type: " + branchType;
      }
    }
    ObjectId mustContain = contains == null ? null
        : Revisions.commit(repository, "contains value", contains);
    ObjectId mustNotContain = notContains == null ? null
        : Revisions.commit(repository, "not_contains value", notContains);
    List<String> lines = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      Filter filter = new Filter(walk, mustContain, mustNotContain);
      HeadDescription head = HeadDescription.of(repository);
      Ref headRef = repository.exactRef(Constants.HEAD);
      if (local && head.detached() && headRef != null && headRef.getObjectId() != null
          && filter.accepts(headRef.getObjectId())) {
        String phrase = head.detachedPhrase();
        lines.add("* (" + (phrase == null || phrase.startsWith("Not currently")
            ? "no branch" : phrase) + ")");
      }
      if (local) {
        for (Ref ref : sorted(repository, Constants.R_HEADS)) {
          String name = Repository.shortenRefName(ref.getName());
          if (filter.accepts(ref)) {
            boolean current = name.equals(head.branch());
            lines.add((current ? "* " : "  ") + name + symbolicTarget(ref));
          }
        }
      }
      if (remote) {
        String prefix = local ? "remotes/" : "";
        for (Ref ref : sorted(repository, Constants.R_REMOTES)) {
          if (filter.accepts(ref)) {
            lines.add("  " + prefix + Repository.shortenRefName(ref.getName())
                + symbolicTarget(ref));
          }
        }
      }
    }
    return String.join("\n", lines);
  }

  private static List<Ref> sorted(Repository repository, String prefix) throws IOException {
    List<Ref> refs = new ArrayList<>(repository.getRefDatabase().getRefsByPrefix(prefix));
    refs.sort(java.util.Comparator.comparing(Ref::getName));
    return refs;
  }

  /** git shows where a symbolic ref points, always without the {@code remotes/} prefix. */
  private static String symbolicTarget(Ref ref) {
    return ref.isSymbolic()
        ? " -> " + Repository.shortenRefName(ref.getTarget().getName()) : "";
  }

  /** {@code --contains} and {@code --no-contains}: whether a branch tip reaches a commit. */
  private record Filter(RevWalk walk, @Nullable ObjectId contains, @Nullable ObjectId notContains) {

    boolean accepts(Ref ref) throws IOException {
      ObjectId tip = ref.getObjectId();
      return tip != null && accepts(tip);
    }

    boolean accepts(ObjectId tip) throws IOException {
      if (contains == null && notContains == null) {
        return true;
      }
      RevCommit branch = walk.parseCommit(tip);
      if (contains != null && !walk.isMergedInto(walk.parseCommit(contains), branch)) {
        return false;
      }
      return notContains == null || !walk.isMergedInto(walk.parseCommit(notContains), branch);
    }
  }
}
