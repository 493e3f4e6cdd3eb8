package io.jmcp.servers.filesystem;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unified diff of two texts, line by line, in the layout the official server's diff library
 * writes ({@code Index:} line, a rule, {@code ---}/{@code +++} headers with "original" and
 * "modified", hunks with four lines of context, "\ No newline at end of file" markers). Lines are
 * matched with Myers' O(ND) greedy algorithm, exploring diagonals and breaking ties the way that
 * library does, so both servers show the same diff for the same edit. A pathological pair of texts
 * stops after a bounded amount of work and is shown as one replaced block instead.
 */
final class UnifiedDiff {

  static final int CONTEXT = 4;
  private static final long WORK_LIMIT = 50_000_000L;
  private static final int MAX_EDITS = 20_000;
  private static final String RULE =
      "===================================================================";

  private enum Kind { SAME, REMOVED, ADDED }

  /** A run of lines (each with its {@code \n}, but for a last line without one) of one kind. */
  private record Change(Kind kind, List<String> lines) {
  }

  /** One step of a path through the edit graph, linked to the steps before it. */
  private record Step(Kind kind, int count, @Nullable Step previous) {
  }

  /** The furthest point one diagonal reached: the last old line consumed, and how. */
  private record Walk(int oldPos, @Nullable Step last) {
  }

  private record Hunk(int oldStart, int oldLines, int newStart, int newLines,
      List<String> lines) {
  }

  private UnifiedDiff() {
  }

  /** The diff of {@code oldText} to {@code newText}, both naming {@code fileName}. */
  static String of(String fileName, String oldText, String newText) {
    List<String> a = lines(oldText);
    List<String> b = lines(newText);
    List<Change> changes = myers(a, b);
    if (changes == null) {
      changes = oneBlock(a, b);
    }
    StringBuilder out = new StringBuilder();
    out.append("Index: ").append(fileName).append('\n').append(RULE).append('\n');
    out.append("--- ").append(fileName).append("\toriginal\n");
    out.append("+++ ").append(fileName).append("\tmodified\n");
    for (Hunk hunk : hunks(changes)) {
      int oldStart = hunk.oldLines() == 0 ? hunk.oldStart() - 1 : hunk.oldStart();
      int newStart = hunk.newLines() == 0 ? hunk.newStart() - 1 : hunk.newStart();
      out.append("@@ -").append(oldStart).append(',').append(hunk.oldLines())
          .append(" +").append(newStart).append(',').append(hunk.newLines()).append(" @@\n");
      for (String line : hunk.lines()) {
        if (line.endsWith("\n")) {
          out.append(line);
        } else {
          out.append(line).append("\n\\ No newline at end of file\n");
        }
      }
    }
    return out.toString();
  }

  /** The lines of {@code text}, each keeping its {@code \n}. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, next));
      start = next;
    }
    return lines;
  }

  // ------------------------------------------------------------ Myers

  private static @Nullable List<Change> myers(List<String> a, List<String> b) {
    int oldLength = a.size();
    int newLength = b.size();
    int maxEdits = Math.min(oldLength + newLength, MAX_EDITS);
    int offset = maxEdits + 1;
    Walk[] best = new Walk[2 * maxEdits + 3];
    long[] work = {0};
    Walk seed = extend(new Walk(-1, null), 0, a, b, work);
    if (seed.oldPos() + 1 >= oldLength && newPos(seed, 0) + 1 >= newLength) {
      return changes(seed.last(), a, b);
    }
    best[offset] = seed;
    int minDiagonal = Integer.MIN_VALUE;
    int maxDiagonal = Integer.MAX_VALUE;
    for (int edits = 1; edits <= maxEdits; edits++) {
      for (int k = Math.max(minDiagonal, -edits); k <= Math.min(maxDiagonal, edits); k += 2) {
        Walk remove = best[offset + k - 1];
        Walk add = best[offset + k + 1];
        if (remove != null) {
          best[offset + k - 1] = null;
        }
        boolean canAdd = false;
        if (add != null) {
          int addedNewPos = add.oldPos() - k;
          canAdd = addedNewPos >= 0 && addedNewPos < newLength;
        }
        boolean canRemove = remove != null && remove.oldPos() + 1 < oldLength;
        if (!canAdd && !canRemove) {
          best[offset + k] = null;
          continue;
        }
        // Branch from the path that got furthest through the old text; on a tie, remove.
        Walk base = !canRemove || (canAdd && remove.oldPos() < add.oldPos())
            ? step(add, Kind.ADDED, 0)
            : step(remove, Kind.REMOVED, 1);
        base = extend(base, k, a, b, work);
        int newPos = newPos(base, k);
        if (base.oldPos() + 1 >= oldLength && newPos + 1 >= newLength) {
          return changes(base.last(), a, b);
        }
        best[offset + k] = base;
        if (base.oldPos() + 1 >= oldLength) {
          maxDiagonal = Math.min(maxDiagonal, k - 1);
        }
        if (newPos + 1 >= newLength) {
          minDiagonal = Math.max(minDiagonal, k + 1);
        }
        if (++work[0] > WORK_LIMIT) {
          return null;
        }
      }
    }
    return null;
  }

  private static int newPos(Walk walk, int diagonal) {
    return walk.oldPos() - diagonal;
  }

  private static Walk step(Walk from, Kind kind, int oldIncrement) {
    Step last = from.last();
    Step next = last != null && last.kind() == kind
        ? new Step(kind, last.count() + 1, last.previous())
        : new Step(kind, 1, last);
    return new Walk(from.oldPos() + oldIncrement, next);
  }

  /** Follows the diagonal while the lines agree. */
  private static Walk extend(Walk walk, int diagonal, List<String> a, List<String> b,
      long[] work) {
    int oldPos = walk.oldPos();
    int newPos = oldPos - diagonal;
    int common = 0;
    while (newPos + 1 < b.size() && oldPos + 1 < a.size()
        && a.get(oldPos + 1).equals(b.get(newPos + 1))) {
      oldPos++;
      newPos++;
      common++;
    }
    work[0] += common;
    Step last = common > 0 ? new Step(Kind.SAME, common, walk.last()) : walk.last();
    return new Walk(oldPos, last);
  }

  private static List<Change> changes(@Nullable Step last, List<String> a, List<String> b) {
    List<Step> steps = new ArrayList<>();
    for (Step step = last; step != null; step = step.previous()) {
      steps.addFirst(step);
    }
    List<Change> changes = new ArrayList<>();
    int oldPos = 0;
    int newPos = 0;
    for (Step step : steps) {
      switch (step.kind()) {
        case REMOVED -> {
          changes.add(new Change(Kind.REMOVED, a.subList(oldPos, oldPos + step.count())));
          oldPos += step.count();
        }
        case ADDED -> {
          changes.add(new Change(Kind.ADDED, b.subList(newPos, newPos + step.count())));
          newPos += step.count();
        }
        case SAME -> {
          changes.add(new Change(Kind.SAME, b.subList(newPos, newPos + step.count())));
          oldPos += step.count();
          newPos += step.count();
        }
      }
    }
    return changes;
  }

  /** Everything between the common start and end as one removed and one added block. */
  private static List<Change> oneBlock(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Change> changes = new ArrayList<>();
    addIfAny(changes, Kind.SAME, a.subList(0, prefix));
    addIfAny(changes, Kind.REMOVED, a.subList(prefix, a.size() - suffix));
    addIfAny(changes, Kind.ADDED, b.subList(prefix, b.size() - suffix));
    addIfAny(changes, Kind.SAME, a.subList(a.size() - suffix, a.size()));
    return changes;
  }

  private static void addIfAny(List<Change> changes, Kind kind, List<String> lines) {
    if (!lines.isEmpty()) {
      changes.add(new Change(kind, lines));
    }
  }

  // ------------------------------------------------------------ hunks

  private static List<Hunk> hunks(List<Change> found) {
    List<Change> changes = new ArrayList<>(found);
    changes.add(new Change(Kind.SAME, List.of()));
    List<Hunk> hunks = new ArrayList<>();
    List<String> range = new ArrayList<>();
    int oldRangeStart = 0;
    int newRangeStart = 0;
    int oldLine = 1;
    int newLine = 1;
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      List<String> lines = change.lines();
      if (change.kind() != Kind.SAME) {
        if (oldRangeStart == 0) {
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (i > 0) {
            List<String> before = changes.get(i - 1).lines();
            range = context(before.subList(Math.max(0, before.size() - CONTEXT), before.size()));
            oldRangeStart -= range.size();
            newRangeStart -= range.size();
          }
        }
        String sign = change.kind() == Kind.ADDED ? "+" : "-";
        for (String line : lines) {
          range.add(sign + line);
        }
        if (change.kind() == Kind.ADDED) {
          newLine += lines.size();
        } else {
          oldLine += lines.size();
        }
        continue;
      }
      if (oldRangeStart != 0) {
        if (lines.size() <= 2 * CONTEXT && i < changes.size() - 2) {
          range.addAll(context(lines));
        } else {
          int size = Math.min(lines.size(), CONTEXT);
          range.addAll(context(lines.subList(0, size)));
          hunks.add(new Hunk(oldRangeStart, oldLine - oldRangeStart + size, newRangeStart,
              newLine - newRangeStart + size, range));
          oldRangeStart = 0;
          newRangeStart = 0;
          range = new ArrayList<>();
        }
      }
      oldLine += lines.size();
      newLine += lines.size();
    }
    return hunks;
  }

  private static List<String> context(List<String> lines) {
    List<String> prefixed = new ArrayList<>(lines.size());
    lines.forEach(line -> prefixed.add(" " + line));
    return prefixed;
  }
}
