package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code search_files}: every entry below a directory whose path relative to it matches a glob,
 * as full paths. Directories are opened relative to their parents without following links; a link
 * is reported only if it resolves inside the allowed directories, and never descended into.
 * Entries that cannot be read are skipped, as in the official server; the limits are not.
 */
final class FileSearch {

  private final Glob pattern;
  private final List<Glob> exclusions;
  private final AllowedDirectories allowed;
  private final FilesystemLimits limits;
  private final Runnable checkpoint;
  private final List<String> matches = new ArrayList<>();
  private long visited;

  private FileSearch(Glob pattern, List<Glob> exclusions, AllowedDirectories allowed,
      FilesystemLimits limits, Runnable checkpoint) {
    this.pattern = pattern;
    this.exclusions = exclusions;
    this.allowed = allowed;
    this.limits = limits;
    this.checkpoint = checkpoint;
  }

  static List<String> search(DirectoryHandle directory, String pattern,
      List<String> excludePatterns, AllowedDirectories allowed, FilesystemLimits limits,
      Runnable checkpoint) throws IOException {
    List<Glob> exclusions = new ArrayList<>();
    for (String exclude : excludePatterns) {
      exclusions.add(Glob.of(exclude));
    }
    FileSearch search =
        new FileSearch(Glob.of(pattern), exclusions, allowed, limits, checkpoint);
    search.walk(directory, "", 1);
    return search.matches;
  }

  private void walk(DirectoryHandle directory, String prefix, int depth) throws IOException {
    List<String> names = directory.names(limits.maxVisitedEntries() - visited);
    names.sort(NameOrder.BYTES);
    for (String name : names) {
      checkpoint.run();
      if (++visited > limits.maxVisitedEntries()) {
        throw new ToolFailure("Search too large: more than " + limits.maxVisitedEntries()
            + " entries looked at; search a deeper path or add excludePatterns");
      }
      try {
        visit(directory, name, prefix, depth);
      } catch (IOException e) {
        // unreadable entries are skipped, as the official server does
      }
    }
  }

  private void visit(DirectoryHandle directory, String name, String prefix, int depth)
      throws IOException {
    Optional<BasicFileAttributes> attributes = directory.attributes(name);
    if (attributes.isEmpty()) {
      return;
    }
    String full = directory.path().resolve(name).toString();
    if (attributes.get().isSymbolicLink() && !resolvesInside(full)) {
      return;
    }
    String relative = prefix + name;
    for (Glob exclusion : exclusions) {
      if (exclusion.matches(relative)) {
        return;
      }
    }
    if (pattern.matches(relative)) {
      if (matches.size() >= limits.maxSearchResults()) {
        throw new ToolFailure("Too many matches: more than " + limits.maxSearchResults()
            + "; use a narrower pattern, a deeper path or excludePatterns");
      }
      matches.add(full);
    }
    if (attributes.get().isDirectory()) {
      if (depth >= limits.maxDepth()) {
        throw new ToolFailure("Search too deep: more than " + limits.maxDepth()
            + " levels; search a deeper path");
      }
      try (DirectoryHandle child = directory.directory(name)) {
        walk(child, relative + "/", depth + 1);
      }
    }
  }

  private boolean resolvesInside(String link) {
    try {
      PathResolver.resolve(link, allowed);
      return true;
    } catch (IOException | ToolFailure e) {
      return false;
    }
  }
}
