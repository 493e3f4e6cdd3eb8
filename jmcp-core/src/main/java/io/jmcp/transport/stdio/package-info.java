/**
 * The stdio transport (MCP "Transports: stdio"): newline-delimited JSON-RPC over a byte stream.
 * {@link io.jmcp.transport.stdio.StdioServerTransport} serves on this process's stdin and stdout
 * (or any pair of streams); {@link io.jmcp.transport.stdio.StdioClientTransport} launches a server
 * as a child process and talks to its stdin and stdout, surfacing its stderr.
 */
@NullMarked
package io.jmcp.transport.stdio;

import org.jspecify.annotations.NullMarked;
