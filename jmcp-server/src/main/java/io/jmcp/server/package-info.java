/**
 * The MCP server API: build an {@link io.jmcp.server.McpServer} from tools, resources, prompts and
 * completions, and serve it over any transport. Handlers are plain blocking methods that get a
 * {@link io.jmcp.server.RequestContext}; each request runs on its own virtual thread.
 */
@NullMarked
package io.jmcp.server;

import org.jspecify.annotations.NullMarked;
