package io.jmcp.client.skills;

/**
 * A skill file did not match what the listing promised: its size, its digest or (for
 * {@code SKILL.md}) its frontmatter. The host must not use the skill.
 */
public final class SkillVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SkillVerificationException(String message) {
    super(message);
  }
}
