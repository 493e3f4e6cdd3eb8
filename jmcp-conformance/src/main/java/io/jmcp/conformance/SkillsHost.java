package io.jmcp.conformance;

import io.jmcp.client.McpClient;
import io.jmcp.client.skills.LoadedSkill;
import io.jmcp.client.skills.SkillCatalog;
import io.jmcp.client.skills.SkillEntry;
import io.jmcp.client.skills.SkillVerificationException;
import java.io.PrintStream;
import java.util.List;

/**
 * What a host does with a server's skills in the suite's scenarios: list them (reading no file),
 * and load the first one, refusing it when its {@code SKILL.md} is not what the listing promised.
 */
final class SkillsHost {

  private SkillsHost() {
  }

  static List<SkillEntry> list(McpClient client, PrintStream log) {
    List<SkillEntry> skills = SkillCatalog.of(client).list();
    skills.forEach(skill -> log.println("skill " + skill.name() + " at " + skill.uri()));
    return skills;
  }

  /** Loads the first skill; false if it failed its checks (and nothing else was read). */
  static boolean loadFirst(McpClient client, PrintStream log) {
    List<SkillEntry> skills = list(client, log);
    if (skills.isEmpty()) {
      return true;
    }
    try {
      LoadedSkill loaded = SkillCatalog.of(client).load(skills.getFirst());
      log.println("loaded " + loaded.entry().name() + ": " + loaded.instructions().length()
          + " characters");
      return true;
    } catch (SkillVerificationException e) {
      log.println("refused skill " + skills.getFirst().uri() + ": " + e.getMessage());
      return false;
    }
  }
}
