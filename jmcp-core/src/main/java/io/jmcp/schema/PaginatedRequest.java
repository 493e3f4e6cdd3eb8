package io.jmcp.schema;

import org.jspecify.annotations.Nullable;

/** A list request that takes an opaque cursor from a previous page. */
public interface PaginatedRequest<R extends PaginatedResult> extends ClientRequest<R> {

  /** The cursor of the page to fetch; null for the first page. */
  @Nullable String cursor();

  /** The same request for another page. */
  PaginatedRequest<R> withCursor(@Nullable String cursor);
}
