/**
 * The MCP wire model shared by every spec area: JSON mapping ({@link io.jmcp.schema.McpJson}),
 * {@code _meta}, progress tokens, implementation info, protocol versions and what each allows.
 * Spec areas live in sub-packages ({@code content}, {@code tools}, {@code resources}, ...).
 *
 * <p>Conventions: wire types are records, one per file; {@code null} means absent and is never
 * written; unions are sealed interfaces inside one package; objects the spec leaves open keep
 * unknown members in an {@code extra} map so they survive a round trip.
 */
@NullMarked
package io.jmcp.schema;

import org.jspecify.annotations.NullMarked;
