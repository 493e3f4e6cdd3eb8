package io.jmcp.servers.filesystem;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A filesystem server with the tools, arguments and results of the official
 * {@code @modelcontextprotocol/server-filesystem}, so a host can use either: read, write, edit
 * (with a diff), list, tree, move, search and inspect files inside allowed directories.
 *
 * <pre>{@code
 * McpServer server = FilesystemServer.create(FilesystemOptions.of(Path.of("/projects/demo")));
 * server.serve(new StdioServerTransport());
 * }</pre>
 *
 * <p>The allowed directories are those given, or the roots a client offers (see
 * {@link RootsPolicy}). Nothing outside them is read, written or listed, whatever links or
 * {@code ..} a path contains, and each session has its own.
 */
public final class FilesystemServer {

  private static final Logger LOG = LoggerFactory.getLogger(FilesystemServer.class);

  private FilesystemServer() {
  }

  /** A server for {@code directories}, replaced by a client's roots as the official server does. */
  public static McpServer create(Path... directories) {
    return create(FilesystemOptions.of(directories));
  }

  /**
   * A server set up by {@code options}.
   *
   * @throws IllegalArgumentException if directories were given but none of them is an accessible
   *     directory
   */
  public static McpServer create(FilesystemOptions options) {
    List<String> warnings = new ArrayList<>();
    AllowedDirectories configured =
        AllowedDirectories.fromArguments(options.directories(), warnings::add);
    warnings.forEach(LOG::warn);
    if (configured.isEmpty() && !options.directories().isEmpty()) {
      throw new IllegalArgumentException("None of the specified directories are accessible: "
          + String.join("; ", warnings));
    }
    SessionDirectories directories = new SessionDirectories(configured, options.roots());
    String version = FilesystemServer.class.getPackage().getImplementationVersion();
    McpServerBuilder builder = McpServer.builder(
            Implementation.of("jmcp-filesystem", version == null ? "dev" : version)
                .withTitle("jmcp filesystem server")
                .withDescription("Files inside allowed directories: read, write, edit, search"))
        .onInitialized(directories::initialized)
        .onRootsChanged(directories::rootsChanged);
    new FilesystemTools(directories, options.limits()).register(builder, options.readOnly());
    return builder.build();
  }

  /** The allowed directories a server created with {@code options} starts with, as listed. */
  public static List<Path> allowedDirectories(FilesystemOptions options) {
    return AllowedDirectories.fromArguments(options.directories(), warning -> { }).listed();
  }
}
