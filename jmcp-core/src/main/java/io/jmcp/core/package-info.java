/**
 * Protocol-level building blocks shared by servers and clients that are not wire types, starting
 * with {@link io.jmcp.core.UriTemplate} (RFC 6570) for MCP resource templates.
 */
@NullMarked
package io.jmcp.core;

import org.jspecify.annotations.NullMarked;
