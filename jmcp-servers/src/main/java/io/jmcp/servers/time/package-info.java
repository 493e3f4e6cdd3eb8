/**
 * The time server: the current time in any IANA timezone and conversions between timezones, the
 * same tools and results as the official Python {@code mcp-server-time}.
 */
@NullMarked
package io.jmcp.servers.time;

import org.jspecify.annotations.NullMarked;
