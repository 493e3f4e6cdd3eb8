/**
 * The fetch server: jmcp's counterpart of the official {@code mcp-server-fetch}. Its {@code fetch}
 * tool and prompt read a web page and return it as Markdown; it refuses loopback, private,
 * link-local and other non-public addresses unless told otherwise.
 */
@NullMarked
package io.jmcp.servers.fetch;

import org.jspecify.annotations.NullMarked;
