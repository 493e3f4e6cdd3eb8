package io.jmcp.schema;

import org.jspecify.annotations.Nullable;

/** One page of a list. */
public interface PaginatedResult extends McpResult {

  /** The opaque cursor of the next page; null when this is the last page. */
  @Nullable String nextCursor();
}
