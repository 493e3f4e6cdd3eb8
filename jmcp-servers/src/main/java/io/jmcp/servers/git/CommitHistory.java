package io.jmcp.servers.git;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.jspecify.annotations.Nullable;

/**
 * {@code git_log} and {@code git_show}: commits in the official server's text shapes. Without
 * date bounds a log entry uses Python reprs (quoted hash and message, GitPython's actor); with
 * bounds it uses git's {@code %H %an %ad %s} fields, as the official server does.
 */
final class CommitHistory {

  /** git's default {@code %ad} format: {@code Mon Jan 15 14:30:25 2024 +0100}. */
  private static final DateTimeFormatter GIT_DATE =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy xx", Locale.ENGLISH);

  private CommitHistory() {
  }

  static String log(Repository repository, int maxCount, @Nullable String start,
      @Nullable String end) throws IOException {
    Instant now = Instant.now();
    ZoneId zone = ZoneId.systemDefault();
    Instant since = start == null || start.isEmpty() ? null
        : ApproximateDate.parse("start_timestamp", start, now, zone, false);
    Instant until = end == null || end.isEmpty() ? null
        : ApproximateDate.parse("end_timestamp", end, now, zone, true);
    boolean filtered = since != null || until != null;
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      throw new GitInputException(noCommitsYet(repository));
    }
    List<String> entries = new ArrayList<>();
    OutputLimit limit = OutputLimit.standard();
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(walk.parseCommit(head));
      if (since != null && until != null) {
        walk.setRevFilter(CommitTimeRevFilter.between(since, until));
      } else if (since != null) {
        walk.setRevFilter(CommitTimeRevFilter.after(since));
      } else if (until != null) {
        walk.setRevFilter(CommitTimeRevFilter.before(until));
      }
      for (RevCommit commit : walk) {
        if (entries.size() >= maxCount) {
          break;
        }
        String entry = filtered ? gitFields(commit) : pythonFields(commit);
        if (!limit.append(entry + "\n")) {
          break;
        }
        entries.add(entry);
      }
    }
    String text = "Commit history:\n" + String.join("\n", entries);
    return limit.truncated() ? text + "\n[log truncated]" : text;
  }

  static String noCommitsYet(Repository repository) throws IOException {
    return "your current branch '" + repository.getBranch() + "' does not have any commits yet";
  }

  private static String pythonFields(RevCommit commit) {
    PersonIdent author = commit.getAuthorIdent();
    return "Commit: " + PythonText.repr(commit.name()) + "\n"
        + "Author: " + PythonText.actor(author) + "\n"
        + "Date: " + PythonText.datetime(author) + "\n"
        + "Message: " + PythonText.repr(commit.getFullMessage()) + "\n";
  }

  private static String gitFields(RevCommit commit) {
    PersonIdent author = commit.getAuthorIdent();
    return "Commit: " + commit.name() + "\n"
        + "Author: " + author.getName() + "\n"
        + "Date: " + gitDate(author) + "\n"
        + "Message: " + commit.getShortMessage() + "\n";
  }

  static String gitDate(PersonIdent person) {
    return ZonedDateTime.ofInstant(person.getWhenAsInstant(), person.getZoneId())
        .format(GIT_DATE);
  }

  /** {@code git_show}: the commit's fields, then each file's change against its first parent. */
  static String show(Repository repository, String revision) throws IOException {
    ObjectId id = Revisions.commit(repository, "revision", revision);
    OutputLimit limit = OutputLimit.standard();
    try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
      RevCommit commit = walk.parseCommit(id);
      PersonIdent author = commit.getAuthorIdent();
      limit.append("Commit: " + PythonText.repr(commit.name()) + "\n"
          + "Author: " + PythonText.actor(author) + "\n"
          + "Date: " + PythonText.datetime(author) + "\n"
          + "Message: " + PythonText.repr(commit.getFullMessage()) + "\n");
      RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
      Comparison comparison = new ChangeScanner(repository, reader)
          .treeToTree(parent == null ? null : parent.getTree(), commit.getTree());
      UnifiedDiffWriter writer = new UnifiedDiffWriter(reader, comparison.contents(),
          repository.getConfig(), 3);
      for (var entry : comparison.entries(reader, repository.getConfig(), true)) {
        String oldPath = entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.ADD
            ? entry.getNewPath() : entry.getOldPath();
        String newPath = entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.DELETE
            ? entry.getOldPath() : entry.getNewPath();
        if (!limit.append("\n--- " + oldPath + "\n+++ " + newPath + "\n")
            || !limit.append(writer.patch(entry).body())) {
          break;
        }
      }
    }
    return limit.text();
  }
}
