/** jmcp's ready-made MCP servers, each runnable with {@code jmcp server NAME}. */
@NullMarked
package io.jmcp.servers;

import org.jspecify.annotations.NullMarked;
