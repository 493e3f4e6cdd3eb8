/** Connecting to MCP servers over HTTP: Streamable HTTP with fallback to legacy HTTP+SSE. */
@NullMarked
package io.jmcp.transport.http.client;

import org.jspecify.annotations.NullMarked;
