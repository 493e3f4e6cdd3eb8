package io.jmcp.core.skills;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The frontmatter of a {@code SKILL.md}: the YAML between a first line {@code ---} and the next
 * line {@code ---}, as JSON. Skills entries carry it verbatim, so both the server that lists a
 * skill and the host that loads it read it the same way: as real YAML, nested maps and lists
 * included.
 */
public final class SkillFrontmatter {

  /** Frontmatter is a few fields; a bigger block is not a skill's description. */
  public static final int MAX_CHARS = 64 * 1024;

  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
          .maxStringLength(MAX_CHARS).build())
      .build()).build();

  private SkillFrontmatter() {
  }

  /**
   * The frontmatter of {@code markdown} as a JSON object.
   *
   * @throws IllegalArgumentException if it has none, it does not end, it is not valid YAML, or
   *     it is not a mapping
   */
  public static ObjectNode parse(String markdown) {
    String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].stripTrailing().equals("---")) {
      throw new IllegalArgumentException("SKILL.md does not start with a --- frontmatter line");
    }
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].stripTrailing().equals("---")) {
        return mapping(yaml.toString());
      }
      yaml.append(lines[i]).append('\n');
      if (yaml.length() > MAX_CHARS) {
        throw new IllegalArgumentException("SKILL.md frontmatter is longer than " + MAX_CHARS
            + " characters");
      }
    }
    throw new IllegalArgumentException("SKILL.md frontmatter has no closing --- line");
  }

  private static ObjectNode mapping(String yaml) {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("SKILL.md frontmatter is not valid YAML: "
          + e.getOriginalMessage(), e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("SKILL.md frontmatter is not a mapping of fields");
    }
    return object;
  }
}
