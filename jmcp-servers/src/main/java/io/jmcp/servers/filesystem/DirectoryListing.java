package io.jmcp.servers.filesystem;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code list_directory} and {@code list_directory_with_sizes}: the entries of one directory,
 * marked {@code [DIR]} or {@code [FILE]} (a link counts as a file, as in the official server).
 * A link's size is its target's only when the target lies inside the allowed directories.
 */
final class DirectoryListing {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  /** One entry of a directory. */
  record Entry(String name, boolean directory, long size) {
  }

  private DirectoryListing() {
  }

  static List<Entry> entries(DirectoryHandle directory, int maxEntries,
      AllowedDirectories allowed, boolean sizes) throws IOException {
    List<String> names = directory.names(maxEntries);
    if (names.size() > maxEntries) {
      throw new ToolFailure("Directory too large: " + directory.path() + " has more than "
          + maxEntries + " entries; use search_files with a pattern instead");
    }
    names.sort(NameOrder.BYTES);
    List<Entry> entries = new ArrayList<>(names.size());
    for (String name : names) {
      Optional<BasicFileAttributes> attributes = directory.attributes(name);
      if (attributes.isEmpty()) {
        continue;
      }
      BasicFileAttributes found = attributes.get();
      long size = !sizes ? 0 : found.isSymbolicLink()
          ? linkTargetSize(directory.path().resolve(name), allowed) : found.size();
      entries.add(new Entry(name, found.isDirectory(), size));
    }
    return entries;
  }

  private static long linkTargetSize(Path link, AllowedDirectories allowed) {
    try {
      ResolvedPath target = PathResolver.resolve(link.toString(), allowed);
      return target.exists() ? Files.size(target.real()) : 0;
    } catch (IOException | ToolFailure e) {
      return 0;
    }
  }

  static String list(List<Entry> entries) {
    List<String> lines = new ArrayList<>();
    for (Entry entry : entries) {
      lines.add((entry.directory() ? "[DIR] " : "[FILE] ") + entry.name());
    }
    return String.join("\n", lines);
  }

  static String listWithSizes(List<Entry> entries, boolean bySize) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(bySize ? Comparator.comparingLong(Entry::size).reversed()
        : Comparator.comparing(Entry::name, NameOrder.NATURAL));
    List<String> lines = new ArrayList<>();
    long files = 0;
    long directories = 0;
    long total = 0;
    for (Entry entry : sorted) {
      String size = entry.directory() ? "" : padStart(formatSize(entry.size()), 10);
      lines.add((entry.directory() ? "[DIR]" : "[FILE]") + " " + padEnd(entry.name(), 30) + " "
          + size);
      if (entry.directory()) {
        directories++;
      } else {
        files++;
        total += entry.size();
      }
    }
    lines.add("");
    lines.add("Total: " + files + " files, " + directories + " directories");
    lines.add("Combined size: " + formatSize(total));
    return String.join("\n", lines);
  }

  /** Bytes in the largest unit that keeps the number at least 1, with two decimals. */
  static String formatSize(long bytes) {
    if (bytes <= 0) {
      return "0 B";
    }
    // StrictMath: the same logarithm as JavaScript engines, so unit boundaries agree exactly.
    int unit = (int) Math.floor(StrictMath.log(bytes) / StrictMath.log(1024));
    if (unit <= 0) {
      return bytes + " B";
    }
    unit = Math.min(unit, UNITS.length - 1);
    BigDecimal value = new BigDecimal(bytes / Math.pow(1024, unit));
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + UNITS[unit];
  }

  private static String padEnd(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String padStart(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}
