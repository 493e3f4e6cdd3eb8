package io.jmcp.servers.filesystem;

import io.jmcp.servers.internal.json.JsonText;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code directory_tree}: every entry below a directory as JSON, each directory opened relative
 * to its parent without following links (a link is a file here, as in the official server), and
 * bounded in entries and depth.
 */
final class DirectoryTree {

  /** One entry; {@code children} is null for a file, a list (maybe empty) for a directory. */
  record Node(String name, @Nullable List<Node> children) {
  }

  /** Counts entries and checks for cancellation during one walk. */
  private static final class Walk {
    private final FilesystemLimits limits;
    private final Runnable checkpoint;
    private final List<List<Glob>> exclusions;
    private final String top;
    private long entries;
    private long visited;

    Walk(FilesystemLimits limits, Runnable checkpoint, List<List<Glob>> exclusions, String top) {
      this.limits = limits;
      this.checkpoint = checkpoint;
      this.exclusions = exclusions;
      this.top = top;
    }
  }

  private DirectoryTree() {
  }

  /**
   * The exclusions as the official server reads them: a pattern with {@code *} is matched as
   * it is; any other also as {@code **}/pattern and {@code **}/pattern/{@code **}, so a plain name
   * excludes that name anywhere.
   */
  static List<List<Glob>> exclusions(List<String> patterns) {
    List<List<Glob>> exclusions = new ArrayList<>();
    for (String pattern : patterns) {
      exclusions.add(pattern.contains("*") ? List.of(Glob.of(pattern))
          : List.of(Glob.of(pattern), Glob.of("**/" + pattern), Glob.of("**/" + pattern + "/**")));
    }
    return exclusions;
  }

  static List<Node> build(DirectoryHandle directory, List<String> excludePatterns,
      FilesystemLimits limits, Runnable checkpoint) throws IOException {
    Walk walk = new Walk(limits, checkpoint, exclusions(excludePatterns),
        directory.path().toString());
    return children(directory, "", 1, walk);
  }

  private static List<Node> children(DirectoryHandle directory, String prefix, int depth,
      Walk walk) throws IOException {
    if (depth > walk.limits.maxDepth()) {
      throw new ToolFailure("Directory tree too deep: more than " + walk.limits.maxDepth()
          + " levels below " + walk.top + "; ask for a deeper path");
    }
    List<String> names = directory.names(walk.limits.maxVisitedEntries() - walk.visited);
    names.sort(NameOrder.BYTES);
    List<Node> nodes = new ArrayList<>();
    for (String name : names) {
      walk.checkpoint.run();
      if (++walk.visited > walk.limits.maxVisitedEntries()) {
        throw new ToolFailure("Directory tree too large: more than "
            + walk.limits.maxVisitedEntries() + " entries looked at below " + walk.top
            + "; ask for a deeper path");
      }
      String relative = prefix + name;
      if (excluded(relative, walk.exclusions)) {
        continue;
      }
      if (++walk.entries > walk.limits.maxEntries()) {
        throw new ToolFailure("Directory tree too large: more than " + walk.limits.maxEntries()
            + " entries below " + walk.top + "; ask for a deeper path or add excludePatterns");
      }
      Optional<BasicFileAttributes> attributes = directory.attributes(name);
      if (attributes.isPresent() && attributes.get().isDirectory()) {
        try (DirectoryHandle child = directory.directory(name)) {
          nodes.add(new Node(name, children(child, relative + "/", depth + 1, walk)));
        }
      } else {
        nodes.add(new Node(name, null));
      }
    }
    return nodes;
  }

  static boolean excluded(String relative, List<List<Glob>> exclusions) {
    for (List<Glob> exclusion : exclusions) {
      for (Glob glob : exclusion) {
        if (glob.matches(relative)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The tree as JavaScript's {@code JSON.stringify(tree, null, 2)} writes it. */
  static String toJson(List<Node> nodes) {
    StringBuilder out = new StringBuilder();
    array(nodes, "", out);
    return out.toString();
  }

  private static void array(List<Node> nodes, String indent, StringBuilder out) {
    if (nodes.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String field = inner + "  ";
      out.append(inner).append("{\n");
      out.append(field).append("\"name\": ").append(JsonText.JAVASCRIPT.quote(node.name())).append(",\n");
      out.append(field).append("\"type\": \"")
          .append(node.children() == null ? "file" : "directory").append('"');
      if (node.children() != null) {
        out.append(",\n").append(field).append("\"children\": ");
        array(node.children(), field, out);
      }
      out.append('\n').append(inner).append('}').append(i < nodes.size() - 1 ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }
}
