package io.jmcp.server;

/**
 * The results a 2026-07-28 client may cache, each with its own {@link io.jmcp.schema.CacheHint}
 * ({@link McpServerBuilder#cacheHint}).
 */
public enum CacheableKind {
  /** {@code server/discover}. */
  DISCOVER,
  /** {@code tools/list}. */
  TOOLS_LIST,
  /** {@code prompts/list}. */
  PROMPTS_LIST,
  /** {@code resources/list}. */
  RESOURCES_LIST,
  /** {@code resources/templates/list}. */
  RESOURCE_TEMPLATES_LIST,
  /** {@code resources/read}; a reader may override it per result. */
  RESOURCE_READ
}
