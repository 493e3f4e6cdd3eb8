package io.jmcp.servers.sql;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * The rows a query returned, each a JSON object keyed by column label, and why they stop short
 * of all the rows, if they do.
 *
 * @param rows the rows, in the order the database returned them
 * @param truncation {@code null} if every row is there; else what was cut and how to narrow
 */
record QueryResult(ArrayNode rows, @Nullable String truncation) {
}
