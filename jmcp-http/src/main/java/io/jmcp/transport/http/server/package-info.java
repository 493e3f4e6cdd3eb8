/**
 * Serving an {@link io.jmcp.server.McpServer} over HTTP: Streamable HTTP (2025-03-26 to 2025-11-25)
 * and the legacy HTTP+SSE transport (2024-11-05). {@link io.jmcp.transport.http.server.McpServlet}
 * holds the protocol, so any Jakarta Servlet 6 container can host it;
 * {@link io.jmcp.transport.http.server.McpHttpServer} is the embedded Jetty 12 default.
 */
@NullMarked
package io.jmcp.transport.http.server;

import org.jspecify.annotations.NullMarked;
