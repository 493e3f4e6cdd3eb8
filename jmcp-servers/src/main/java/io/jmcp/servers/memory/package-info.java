/**
 * The memory server: a knowledge graph of entities, relations and observations kept in a JSONL
 * file, the same file format and tools as the official {@code @modelcontextprotocol/server-memory}.
 */
@NullMarked
package io.jmcp.servers.memory;

import org.jspecify.annotations.NullMarked;
