package io.jmcp.cli;

import io.jmcp.server.McpServer;
import io.jmcp.servers.skills.SkillsServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code jmcp server skills DIR}: a directory of agent skills over the skills extension. */
@Command(name = "skills", mixinStandardHelpOptions = true,
    header = "Publishes a directory of agent skills (stdio; --http for HTTP).",
    description = {"Every folder under DIR that holds a SKILL.md is a skill, published at "
        + "skill://<its path under DIR>/ through the skills extension of 2026-07-28 "
        + "(io.modelcontextprotocol/skills): skills/list and skills/get with each file's size "
        + "and SHA-256 digest, resources/directory/read, and every file readable as a resource.",
        "",
        "A SKILL.md starts with YAML frontmatter naming the skill (the folder's name) and "
            + "describing it. Hidden files and symbolic links are left out. Skills are read "
            + "once, at start.",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"skills\", "
            + "\"/path/to/skills\"]}"})
final class SkillsCommand implements Callable<Integer> {

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory of skills.")
  Path root;

  @Override
  public Integer call() throws InterruptedException {
    McpServer server;
    try {
      server = SkillsServer.create(root);
    } catch (IllegalArgumentException e) {
      System.err.println("Error: " + e.getMessage());
      return 1;
    }
    serve.serve(server);
    return 0;
  }
}
