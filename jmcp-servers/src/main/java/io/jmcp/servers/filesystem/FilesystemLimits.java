package io.jmcp.servers.filesystem;

/**
 * Bounds on what one tool call may read or produce, so a huge file or tree gets a clear error
 * instead of exhausting memory.
 *
 * @param maxFileBytes the largest file read into memory whole (text, media, edits), and the most
 *     bytes {@code head}/{@code tail} collect
 * @param maxTotalBytes the most bytes {@code read_multiple_files} reads in one call
 * @param maxEntries the most entries a listing or a directory tree holds
 * @param maxDepth the deepest a directory tree or search descends
 * @param maxSearchResults the most matches a search returns
 * @param maxVisitedEntries the most entries a search looks at
 */
public record FilesystemLimits(long maxFileBytes, long maxTotalBytes, int maxEntries,
    int maxDepth, int maxSearchResults, long maxVisitedEntries) {

  /**
   * 4 MiB per file, 6 MiB per call, 50,000 entries, depth 256, 10,000 matches, 1M entries
   * visited. A result carries its text twice (content and structured content) and media grow by
   * a third in base64, so these keep a result within the 16 MiB message limit of jmcp's client.
   */
  public static final FilesystemLimits DEFAULT = new FilesystemLimits(4L << 20, 6L << 20,
      50_000, 256, 10_000, 1_000_000);

  public FilesystemLimits {
    if (maxFileBytes < 1 || maxTotalBytes < 1 || maxEntries < 1 || maxDepth < 1
        || maxSearchResults < 1 || maxVisitedEntries < 1) {
      throw new IllegalArgumentException("every filesystem limit must be at least 1");
    }
  }

  public FilesystemLimits withMaxFileBytes(long value) {
    return new FilesystemLimits(value, maxTotalBytes, maxEntries, maxDepth, maxSearchResults,
        maxVisitedEntries);
  }

  public FilesystemLimits withMaxTotalBytes(long value) {
    return new FilesystemLimits(maxFileBytes, value, maxEntries, maxDepth, maxSearchResults,
        maxVisitedEntries);
  }

  public FilesystemLimits withMaxEntries(int value) {
    return new FilesystemLimits(maxFileBytes, maxTotalBytes, value, maxDepth, maxSearchResults,
        maxVisitedEntries);
  }

  public FilesystemLimits withMaxDepth(int value) {
    return new FilesystemLimits(maxFileBytes, maxTotalBytes, maxEntries, value, maxSearchResults,
        maxVisitedEntries);
  }

  public FilesystemLimits withMaxSearchResults(int value) {
    return new FilesystemLimits(maxFileBytes, maxTotalBytes, maxEntries, maxDepth, value,
        maxVisitedEntries);
  }

  public FilesystemLimits withMaxVisitedEntries(long value) {
    return new FilesystemLimits(maxFileBytes, maxTotalBytes, maxEntries, maxDepth,
        maxSearchResults, value);
  }
}
