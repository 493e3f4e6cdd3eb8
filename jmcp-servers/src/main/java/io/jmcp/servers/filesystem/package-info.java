/**
 * The filesystem server: reads, writes, edits and searches files inside allowed directories,
 * with the tools of the official {@code @modelcontextprotocol/server-filesystem}. Every path is
 * confined by its real path (symbolic links resolved, components compared, never string
 * prefixes), and files are opened relative to already opened directories without following links,
 * so a link swapped in between check and use cannot lead outside.
 */
@NullMarked
package io.jmcp.servers.filesystem;

import org.jspecify.annotations.NullMarked;
