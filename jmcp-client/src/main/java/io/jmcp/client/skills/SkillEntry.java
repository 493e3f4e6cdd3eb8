package io.jmcp.client.skills;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A skill as {@code skills/list} describes it: where its {@code SKILL.md} is, the frontmatter it
 * declares, and its files. Listing a skill reads none of its files.
 *
 * @param uri the {@code SKILL.md} URI
 * @param frontmatter the declared frontmatter fields, as text
 * @param files the skill's files; null when the server lists them as dynamic
 */
public record SkillEntry(String uri, Map<String, String> frontmatter,
    @Nullable List<SkillFile> files) {

  public SkillEntry {
    Objects.requireNonNull(uri, "uri");
    frontmatter = Map.copyOf(frontmatter);
    files = files == null ? null : List.copyOf(files);
  }

  /** The skill's name (frontmatter {@code name}), if declared. */
  public @Nullable String name() {
    return frontmatter.get("name");
  }

  /** The listed file with {@code uri}, if any. */
  public @Nullable SkillFile file(String uri) {
    if (files == null) {
      return null;
    }
    return files.stream().filter(file -> file.uri().equals(uri)).findFirst().orElse(null);
  }
}
