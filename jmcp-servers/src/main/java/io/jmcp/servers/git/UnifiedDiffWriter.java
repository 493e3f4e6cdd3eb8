package io.jmcp.servers.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.diff.DiffEntry.Side;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.util.QuotedString;
import org.jspecify.annotations.Nullable;

/**
 * Writes changes as git's unified diff, byte for byte what {@code git diff} prints for the same
 * changes: the {@code diff --git} header with mode, rename and {@code index} lines, git's path
 * quoting (and the tab git adds after a name with a space), {@code Binary files ... differ}, hunk
 * headers with git's default function-name line, and {@code \ No newline at end of file}.
 *
 * <p>The edit script comes from JGit's histogram diff (or Myers, with {@code diff.algorithm=myers}).
 * For ordinary edits it is git's; where many lines repeat, git's own heuristics may place a
 * change differently (the diff is still correct).
 */
final class UnifiedDiffWriter {

  /** Files above this size are treated as binary, as git does past its big-file threshold. */
  static final int MAX_TEXT_BYTES = 32 * 1024 * 1024;
  /** git looks for a NUL byte this far into a file to call it binary. */
  private static final int BINARY_PROBE = 8000;
  /** git's default function-name line is cut at this many bytes. */
  private static final int FUNCTION_NAME_BYTES = 80;

  private final ObjectReader reader;
  private final ContentSource.Pair contents;
  private final int context;
  private final boolean quotePaths;
  private final DiffAlgorithm algorithm;

  UnifiedDiffWriter(ObjectReader reader, ContentSource.Pair contents, Config config, int context) {
    this.reader = reader;
    this.contents = contents;
    this.context = context;
    this.quotePaths = config.getBoolean("core", "quotePath", true);
    String configured = config.getString("diff", null, "algorithm");
    // JGit's histogram diff agrees with git's default (Myers with git's sliding heuristics) more
    // often than JGit's plain Myers does; diff.algorithm=myers selects the latter.
    this.algorithm = DiffAlgorithm.getAlgorithm("myers".equalsIgnoreCase(configured)
        ? DiffAlgorithm.SupportedAlgorithm.MYERS : DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
  }

  /** One file's patch: the git header lines and the body (hunks or the binary notice). */
  record FilePatch(byte[] header, byte[] body) {
  }

  /** The whole diff, as {@code git diff} prints it. */
  String write(List<DiffEntry> entries, OutputLimit limit) throws IOException {
    for (DiffEntry entry : entries) {
      FilePatch patch = patch(entry);
      if (!limit.append(patch.header()) || !limit.append(patch.body())) {
        break;
      }
    }
    return limit.text();
  }

  FilePatch patch(DiffEntry entry) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeGitHeader(header, entry);
    boolean sameContent = entry.getOldId().equals(entry.getNewId());
    if (!sameContent) {
      byte[] before = content(Side.OLD, entry);
      byte[] after = content(Side.NEW, entry);
      if (before == null || after == null || isBinary(before) || isBinary(after)) {
        body.write(bytes("Binary files " + label(entry, Side.OLD, false) + " and "
            + label(entry, Side.NEW, false) + " differ\n"));
      } else {
        RawText a = new RawText(before);
        RawText b = new RawText(after);
        EditList edits = algorithm.diff(RawTextComparator.DEFAULT, a, b);
        if (!edits.isEmpty()) {
          header.write(bytes("--- " + label(entry, Side.OLD, true) + "\n"));
          header.write(bytes("+++ " + label(entry, Side.NEW, true) + "\n"));
          writeHunks(body, edits, a, b);
        }
      }
    }
    return new FilePatch(header.toByteArray(), body.toByteArray());
  }

  private void writeGitHeader(ByteArrayOutputStream out, DiffEntry entry) throws IOException {
    ChangeType type = entry.getChangeType();
    String oldPath = type == ChangeType.ADD ? entry.getNewPath() : entry.getOldPath();
    String newPath = type == ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
    out.write(bytes("diff --git " + quote("a/" + oldPath) + " " + quote("b/" + newPath) + "\n"));
    FileMode oldMode = entry.getOldMode();
    FileMode newMode = entry.getNewMode();
    switch (type) {
      case ADD -> out.write(bytes("new file mode " + newMode + "\n"));
      case DELETE -> out.write(bytes("deleted file mode " + oldMode + "\n"));
      default -> {
        if (!oldMode.equals(newMode)) {
          out.write(bytes("old mode " + oldMode + "\nnew mode " + newMode + "\n"));
        }
        if (type == ChangeType.RENAME || type == ChangeType.COPY) {
          String verb = type == ChangeType.RENAME ? "rename" : "copy";
          out.write(bytes("similarity index " + entry.getScore() + "%\n"
              + verb + " from " + quote(entry.getOldPath()) + "\n"
              + verb + " to " + quote(entry.getNewPath()) + "\n"));
        }
      }
    }
    if (!entry.getOldId().equals(entry.getNewId())) {
      String line = "index " + abbreviate(entry.getOldId()) + ".." + abbreviate(entry.getNewId());
      if (oldMode.equals(newMode)) {
        line += " " + newMode;
      }
      out.write(bytes(line + "\n"));
    }
  }

  /** {@code a/path}, {@code b/path} or {@code /dev/null}; git adds a tab after a name with a space. */
  private String label(DiffEntry entry, Side side, boolean tabAfterSpace) {
    boolean absent = side == Side.OLD ? entry.getChangeType() == ChangeType.ADD
        : entry.getChangeType() == ChangeType.DELETE;
    if (absent) {
      return DiffEntry.DEV_NULL;
    }
    String path = entry.getPath(side);
    String label = quote((side == Side.OLD ? "a/" : "b/") + path);
    return tabAfterSpace && path.indexOf(' ') >= 0 ? label + "\t" : label;
  }

  private void writeHunks(ByteArrayOutputStream out, EditList edits, RawText a, RawText b)
      throws IOException {
    int first = 0;
    while (first < edits.size()) {
      int last = first;
      while (last + 1 < edits.size()
          && edits.get(last + 1).getBeginA() - edits.get(last).getEndA() <= 2 * context) {
        last++;
      }
      Edit start = edits.get(first);
      Edit end = edits.get(last);
      int aStart = Math.max(0, start.getBeginA() - context);
      int bStart = Math.max(0, start.getBeginB() - context);
      int aEnd = (int) Math.min(a.size(), (long) end.getEndA() + context);
      int bEnd = (int) Math.min(b.size(), (long) end.getEndB() + context);
      StringBuilder header = new StringBuilder("@@ -").append(range(aStart, aEnd - aStart))
          .append(" +").append(range(bStart, bEnd - bStart)).append(" @@");
      String function = functionName(a, aStart - 1);
      if (function != null) {
        header.append(' ').append(function);
      }
      out.write(bytes(header.append('\n').toString()));
      int aLine = aStart;
      int bLine = bStart;
      for (int i = first; i <= last; i++) {
        Edit edit = edits.get(i);
        while (aLine < edit.getBeginA()) {
          line(out, ' ', a, aLine++);
          bLine++;
        }
        while (aLine < edit.getEndA()) {
          line(out, '-', a, aLine++);
        }
        while (bLine < edit.getEndB()) {
          line(out, '+', b, bLine++);
        }
      }
      while (aLine < aEnd) {
        line(out, ' ', a, aLine++);
      }
      first = last + 1;
    }
  }

  private static String range(int start, int count) {
    return switch (count) {
      case 0 -> start + ",0";
      case 1 -> String.valueOf(start + 1);
      default -> (start + 1) + "," + count;
    };
  }

  private static void line(ByteArrayOutputStream out, char prefix, RawText text, int line)
      throws IOException {
    out.write(prefix);
    text.writeLine(out, line);
    out.write('\n');
    if (line + 1 == text.size() && text.isMissingNewlineAtEnd()) {
      out.write(bytes("\\ No newline at end of file\n"));
    }
  }

  /**
   * git's default function-name heuristic (no diff driver): the nearest line above the hunk that
   * starts with a letter, {@code _} or {@code $}, cut at 80 bytes, trailing spaces removed.
   */
  private static @Nullable String functionName(RawText text, int from) {
    for (int line = Math.min(from, text.size() - 1); line >= 0; line--) {
      String value = text.getString(line);
      if (value.isEmpty()) {
        continue;
      }
      char c = value.charAt(0);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$') {
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(raw.length, FUNCTION_NAME_BYTES);
        while (length > 0 && Character.isWhitespace(raw[length - 1])) {
          length--;
        }
        return new String(raw, 0, length, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** A side's bytes, empty when absent, or null when too large to diff as text. */
  private byte @Nullable [] content(Side side, DiffEntry entry) throws IOException {
    FileMode mode = entry.getMode(side);
    if (mode == FileMode.MISSING) {
      return new byte[0];
    }
    if (mode == FileMode.GITLINK) {
      return bytes("Subproject commit " + entry.getId(side).name() + "\n");
    }
    ObjectLoader loader = contents.open(side, entry);
    if (loader.getSize() > MAX_TEXT_BYTES) {
      return null;
    }
    try (InputStream in = loader.openStream()) {
      return in.readNBytes(MAX_TEXT_BYTES);
    }
  }

  private static boolean isBinary(byte[] content) {
    int probe = Math.min(content.length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private String abbreviate(AbbreviatedObjectId id) throws IOException {
    if (!id.isComplete()) {
      return id.name();
    }
    if (id.toObjectId().equals(org.eclipse.jgit.lib.ObjectId.zeroId())) {
      return "0000000";
    }
    return reader.abbreviate(id.toObjectId(), 7).name();
  }

  private String quote(String path) {
    return quotePaths ? QuotedString.GIT_PATH.quote(path)
        : QuotedString.GIT_PATH_MINIMAL.quote(path);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
