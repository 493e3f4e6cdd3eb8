package io.jmcp.client.skills;

import java.util.Map;

/**
 * A skill whose {@code SKILL.md} was read and checked: its text is safe to give the model.
 *
 * @param entry what the listing said
 * @param instructions the {@code SKILL.md} text
 * @param frontmatter its frontmatter, as read from the file
 */
public record LoadedSkill(SkillEntry entry, String instructions,
    Map<String, String> frontmatter) {

  public LoadedSkill {
    frontmatter = Map.copyOf(frontmatter);
  }
}
