/**
 * The host side of the skills extension ({@code io.modelcontextprotocol/skills}, SEP-2640): list a
 * server's skills without loading them, load one by reading its {@code SKILL.md} and checking it
 * against what the listing promised (size, SHA-256 digest, frontmatter), and read its other files,
 * each checked the same way.
 */
@NullMarked
package io.jmcp.client.skills;

import org.jspecify.annotations.NullMarked;
