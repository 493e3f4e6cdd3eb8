/**
 * What both ends of MCP over HTTP share: header names and Server-Sent Events framing. The server is
 * in {@link io.jmcp.transport.http.server}, the client in {@link io.jmcp.transport.http.client}.
 */
@NullMarked
package io.jmcp.transport.http;

import org.jspecify.annotations.NullMarked;
