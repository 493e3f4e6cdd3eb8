/**
 * Interop tests: jmcp against the official MCP npm packages (TypeScript SDK, server-everything,
 * server-filesystem, server-memory, Inspector, conformance suite), run for real over stdio and HTTP.
 * The packages and a project-local Node 22 are installed by {@code interop/install.sh}, which the
 * build runs before the tests.
 */
@NullMarked
package io.jmcp.interop;

import org.jspecify.annotations.NullMarked;
