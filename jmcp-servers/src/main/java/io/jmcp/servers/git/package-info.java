/**
 * The git server: the tools of the official {@code mcp-server-git} (status, diffs, commit, add,
 * reset, log, branches, checkout, show) on JGit, confined to the configured repository or to the
 * client's roots.
 */
@NullMarked
package io.jmcp.servers.git;

import org.jspecify.annotations.NullMarked;
