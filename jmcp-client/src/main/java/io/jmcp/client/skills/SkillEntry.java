package io.jmcp.client.skills;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A skill as {@code skills/list} describes it: where its {@code SKILL.md} is, the frontmatter it
 * declares, and its files. Listing a skill reads none of its files.
 *
 * @param uri the {@code SKILL.md} URI
 * @param frontmatter the declared frontmatter, as JSON
 * @param files the skill's files; null when the server lists them as dynamic
 */
public record SkillEntry(String uri, ObjectNode frontmatter, @Nullable List<SkillFile> files) {

  public SkillEntry {
    Objects.requireNonNull(uri, "uri");
    frontmatter = frontmatter.deepCopy();
    files = files == null ? null : List.copyOf(files);
  }

  @Override
  public ObjectNode frontmatter() {
    return frontmatter.deepCopy();
  }

  /** The skill's name (frontmatter {@code name}), if declared as text. */
  public @Nullable String name() {
    return text("name");
  }

  /** The skill's description (frontmatter {@code description}), if declared as text. */
  public @Nullable String description() {
    return text("description");
  }

  private @Nullable String text(String field) {
    JsonNode value = frontmatter.get(field);
    return value != null && value.isString() ? value.asString() : null;
  }

  /** The listed file with {@code uri}, if any. */
  public @Nullable SkillFile file(String uri) {
    if (files == null) {
      return null;
    }
    return files.stream().filter(file -> file.uri().equals(uri)).findFirst().orElse(null);
  }
}
