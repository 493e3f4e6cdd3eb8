package io.jmcp.servers.memory;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.servers.internal.json.JsonText;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The memory server: a persistent knowledge graph for a model, a drop-in for the official
 * {@code @modelcontextprotocol/server-memory}: the same nine tools, the same
 * {@code memory://knowledge-graph} resource with update notifications for subscribers, and the
 * same JSONL file, which any number of jmcp memory servers may share safely.
 */
public final class MemoryServer {

  /** The resource holding the whole graph as JSON. */
  public static final String GRAPH_URI = "memory://knowledge-graph";

  private MemoryServer() {
  }

  /** The server, keeping its graph in {@code file} (created on the first change). */
  public static McpServer create(Path file) {
    AtomicReference<McpServer> built = new AtomicReference<>();
    MemoryFile memory = new MemoryFile(file, () -> {
      McpServer server = built.get();
      if (server != null) {
        server.notifyResourceUpdated(GRAPH_URI);
      }
    });
    McpServerBuilder builder = McpServer.builder(
        Implementation.of("jmcp-memory", version()).withTitle("jmcp memory server")
            .withDescription("A knowledge graph of entities, relations and observations"));
    new MemoryTools(memory).register(builder);
    builder.resource(Resource.of(GRAPH_URI, "knowledge-graph").withTitle("Knowledge Graph")
            .withDescription("The full knowledge graph with all entities and relations")
            .withMimeType("application/json"),
        (uri, context) -> ReadResourceResult.of(TextResourceContents.of(uri, "application/json",
            JsonText.JAVASCRIPT.write(memory.read().toJson(), 2))));
    McpServer server = builder.build();
    built.set(server);
    return server;
  }

  private static String version() {
    String version = MemoryServer.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
