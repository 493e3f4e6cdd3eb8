package io.jmcp.schema;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a cacheable 2026-07-28 result stays fresh, and who may share it: the {@code ttlMs}
 * and {@code cacheScope} members of {@code server/discover}, list and {@code resources/read}
 * results.
 *
 * @param ttl how long the result is fresh; zero means stale at once
 * @param scope who may reuse it
 */
public record CacheHint(Duration ttl, CacheScope scope) {

  /** Not to be reused: stale at once, private. */
  public static final CacheHint NONE = new CacheHint(Duration.ZERO, CacheScope.PRIVATE);

  /** The wire member for the time to live, in milliseconds. */
  public static final String TTL_FIELD = "ttlMs";

  /** The wire member for the scope. */
  public static final String SCOPE_FIELD = "cacheScope";

  public CacheHint {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(scope, "scope");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("a cache ttl cannot be negative: " + ttl);
    }
  }

  public static CacheHint privateFor(Duration ttl) {
    return new CacheHint(ttl, CacheScope.PRIVATE);
  }

  public static CacheHint publicFor(Duration ttl) {
    return new CacheHint(ttl, CacheScope.PUBLIC);
  }

  /** The ttl in whole milliseconds, as sent. */
  public long ttlMillis() {
    return ttl.toMillis();
  }
}
