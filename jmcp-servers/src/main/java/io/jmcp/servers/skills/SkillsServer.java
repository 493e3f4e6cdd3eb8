package io.jmcp.servers.skills;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.skills.Skill;
import io.jmcp.server.skills.SkillLibrary;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The skills server: publishes a directory of agent skills (each a folder with a {@code SKILL.md})
 * through the skills extension of 2026-07-28, so that hosts can list them, check every file
 * against its digest and load them on demand.
 */
public final class SkillsServer {

  private SkillsServer() {
  }

  /**
   * The server for the skills under {@code root}, read now.
   *
   * @throws IllegalArgumentException if {@code root} is not a directory or a skill in it is
   *     invalid (the message names the skill and the problem)
   */
  public static McpServer create(Path root) {
    SkillLibrary library = SkillLibrary.fromDirectory(root);
    McpServerBuilder builder = McpServer.builder(
        Implementation.of("jmcp-skills", version()).withTitle("jmcp skills server")
            .withDescription("Agent skills from a directory, over the skills extension"))
        .instructions(instructions(library));
    library.addTo(builder);
    return builder.build();
  }

  private static String instructions(SkillLibrary library) {
    if (library.skills().isEmpty()) {
      return "This server publishes no skills yet.";
    }
    return "This server publishes agent skills (skills/list; each SKILL.md is also a resource): "
        + library.skills().stream().map(Skill::name).collect(Collectors.joining(", ")) + ".";
  }

  private static String version() {
    String version = SkillsServer.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
