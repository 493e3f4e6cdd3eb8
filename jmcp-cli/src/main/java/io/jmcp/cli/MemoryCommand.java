package io.jmcp.cli;

import io.jmcp.servers.memory.MemoryFileLocation;
import io.jmcp.servers.memory.MemoryServer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jmcp server memory}: the knowledge-graph server, a drop-in for server-memory. */
@Command(name = "memory", mixinStandardHelpOptions = true,
    header = "Runs the memory server (a knowledge graph in a JSON Lines file) (stdio; --http for HTTP).",
    description = {"A drop-in for the official @modelcontextprotocol/server-memory: the same "
        + "tools, resource and file format. Any number of jmcp memory servers may share one "
        + "file: changes are locked and written atomically.",
        "",
        "The file is MEMORY_FILE_PATH if set (a relative path is taken inside the jmcp "
            + "installation directory), else memory.jsonl in the jmcp installation directory "
            + "(a legacy memory.json there is renamed to memory.jsonl).",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"memory\"], "
            + "\"env\": {\"MEMORY_FILE_PATH\": \"/home/me/memory.jsonl\"}}"})
final class MemoryCommand implements Callable<Integer> {

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Override
  public Integer call() throws InterruptedException {
    Path file = MemoryFileLocation.resolve(System.getenv(), installationDirectory(), System.err);
    System.err.println("jmcp memory server: the knowledge graph is in " + file);
    serve.serve(MemoryServer.create(file));
    return 0;
  }

  /**
   * The jmcp installation: where the launcher lives ({@code JMCP_HOME}, which it exports), else
   * the directory of the jar this command runs from.
   */
  static Path installationDirectory() {
    String home = System.getenv("JMCP_HOME");
    if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home))) {
      return Path.of(home).toAbsolutePath().normalize();
    }
    try {
      Path code = Path.of(MemoryCommand.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return (Files.isDirectory(code) ? code : code.getParent()).toAbsolutePath().normalize();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("").toAbsolutePath();
    }
  }
}
