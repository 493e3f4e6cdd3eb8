package io.jmcp.client.skills;

import tools.jackson.databind.node.ObjectNode;

/**
 * A skill whose {@code SKILL.md} was read and checked: its text is safe to give the model.
 *
 * @param entry what the listing said
 * @param instructions the {@code SKILL.md} text
 * @param frontmatter its frontmatter, as read from the file (equal to the listing's)
 */
public record LoadedSkill(SkillEntry entry, String instructions, ObjectNode frontmatter) {

  public LoadedSkill {
    frontmatter = frontmatter.deepCopy();
  }

  @Override
  public ObjectNode frontmatter() {
    return frontmatter.deepCopy();
  }
}
