/**
 * The MCP client API: connect an {@link io.jmcp.client.McpClient} to a server over any transport,
 * call its tools, read its resources, get its prompts, and answer what the server asks of the
 * client (sampling, elicitation, roots). Calls block and return; each has an async form.
 */
@NullMarked
package io.jmcp.client;

import org.jspecify.annotations.NullMarked;
