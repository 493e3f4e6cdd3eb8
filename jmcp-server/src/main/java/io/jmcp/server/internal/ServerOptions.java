package io.jmcp.server.internal;

import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A server's fixed configuration, as the builder left it. */
public record ServerOptions(Implementation info, @Nullable String instructions,
    List<ProtocolVersion> versions, boolean toolsEnabled, boolean resourcesEnabled,
    boolean promptsEnabled, boolean logging, Map<String, JsonNode> experimental, int pageSize,
    Duration clientRequestTimeout, int maxConcurrentRequests, JsonRpcLimits limits,
    Consumer<ServerSession> onInitialized, Consumer<ServerSession> onRootsChanged,
    StatelessOptions stateless, Consumer<RequestContext> beforeListingResources,
    ExtensionOptions extensions, TaskOptions tasks) {

  public ServerOptions {
    versions = List.copyOf(versions);
  }

  /** The newest revision this server speaks. */
  public ProtocolVersion latest() {
    return versions.getLast();
  }

  /** The handshake revisions this server speaks, oldest first (may be empty). */
  public List<ProtocolVersion> legacyVersions() {
    return versions.stream().filter(ProtocolVersion::isLegacy).toList();
  }

  /** The stateless revisions this server speaks, oldest first (may be empty). */
  public List<ProtocolVersion> modernVersions() {
    return versions.stream().filter(v -> !v.isLegacy()).toList();
  }
}
