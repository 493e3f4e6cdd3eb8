package io.jmcp.client.skills;

import org.jspecify.annotations.Nullable;

/**
 * One file of a skill, as the listing describes it.
 *
 * @param uri where to read it ({@code skill://...})
 * @param digest {@code sha256:} and 64 lowercase hex digits of its bytes, if listed
 * @param size its length in bytes, if listed
 */
public record SkillFile(String uri, @Nullable String digest, @Nullable Long size) {
}
