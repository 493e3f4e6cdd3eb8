package io.jmcp.servers.filesystem;

/**
 * What the server does with the roots a client offers (MCP "Roots", client feature).
 */
public enum RootsPolicy {
  /**
   * The client's roots replace the directories given at start, as the official server does;
   * without usable roots the directories given at start apply.
   */
  REPLACE,
  /**
   * The client's roots narrow the directories given at start but never widen them: a root is
   * used as far as it lies inside a directory given at start.
   */
  WITHIN,
  /** Only the directories given at start count; the server never asks for roots. */
  IGNORE
}
