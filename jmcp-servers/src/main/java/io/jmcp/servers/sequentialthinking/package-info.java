/**
 * The sequential-thinking server: one tool that records a model's numbered, revisable, branching
 * thoughts, as the official {@code @modelcontextprotocol/server-sequential-thinking} does.
 */
@NullMarked
package io.jmcp.servers.sequentialthinking;

import org.jspecify.annotations.NullMarked;
