package io.jmcp.cli;

import io.jmcp.server.McpServer;
import io.jmcp.servers.filesystem.FilesystemLimits;
import io.jmcp.servers.filesystem.FilesystemOptions;
import io.jmcp.servers.filesystem.FilesystemServer;
import io.jmcp.servers.filesystem.RootsPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jmcp server filesystem DIR...}: files inside allowed directories. */
@Command(name = "filesystem", mixinStandardHelpOptions = true,
    header = "Runs the filesystem server (files in allowed directories) (stdio; --http for HTTP).",
    description = {
        "The tools of the official @modelcontextprotocol/server-filesystem: read_text_file, "
            + "read_media_file, read_multiple_files, write_file, edit_file, create_directory, "
            + "list_directory, list_directory_with_sizes, directory_tree, move_file, "
            + "search_files, get_file_info, list_allowed_directories (and the deprecated "
            + "read_file).",
        "",
        "Every path is confined to the allowed directories: symbolic links are resolved "
            + "before each check and never followed out of them. The allowed directories are "
            + "the arguments, or the client's roots (see --roots).",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"filesystem\", "
            + "\"/path/to/dir\"]}"})
final class FilesystemCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", arity = "0..*",
      description = "Allowed directories (~ is the home directory). May be left out when the "
          + "client offers roots.")
  List<Path> directories = new ArrayList<>();

  @Option(names = "--roots", paramLabel = "POLICY", defaultValue = "replace",
      description = "What to do with the client's roots: replace (they replace the "
          + "directories given, as the official server does), within (they narrow the "
          + "directories given, never widen them) or ignore (default: ${DEFAULT-VALUE}).")
  String roots;

  @Option(names = "--read-only",
      description = "Leave out the tools that change files (write_file, edit_file, "
          + "create_directory, move_file).")
  boolean readOnly;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "4194304",
      description = "The largest file read into memory at once, in bytes "
          + "(default: ${DEFAULT-VALUE}).")
  long maxFileBytes;

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Override
  public Integer call() throws InterruptedException {
    RootsPolicy policy;
    try {
      policy = RootsPolicy.valueOf(roots.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("Error: --roots must be replace, within or ignore, not " + roots);
      return 2;
    }
    if (maxFileBytes < 1) {
      System.err.println("Error: --max-file-size must be at least 1");
      return 2;
    }
    if (directories.isEmpty()) {
      System.err.println("No directories given: the server waits for the client's roots. "
          + "Usage: jmcp server filesystem DIR [DIR...]");
    }
    FilesystemOptions options = new FilesystemOptions(directories, policy, readOnly,
        FilesystemLimits.DEFAULT.withMaxFileBytes(maxFileBytes));
    McpServer server;
    try {
      server = FilesystemServer.create(options);
    } catch (IllegalArgumentException e) {
      System.err.println("Error: " + e.getMessage());
      return 1;
    }
    System.err.println("jmcp filesystem server; allowed directories: "
        + FilesystemServer.allowedDirectories(options));
    serve.serve(server);
    return 0;
  }
}
