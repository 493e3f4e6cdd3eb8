package io.jmcp.client.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.McpChannel;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.DiscoverRequest;
import io.jmcp.schema.lifecycle.DiscoverResult;
import io.jmcp.schema.lifecycle.InitializeRequest;
import io.jmcp.schema.lifecycle.InitializeResult;
import io.jmcp.schema.lifecycle.InitializedNotification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Finds out which era a server speaks and connects in it, as the spec describes for dual-era
 * clients: {@code server/discover} first (the probe); a result or a recognised 2026-07-28 error
 * means a stateless server (retried with a version it lists, if needed); anything else, or no
 * answer in time, means a legacy server, with which the client runs {@code initialize}. What was
 * learned is remembered for the next connection to the same server.
 */
public final class EraNegotiation {

  private static final Logger LOG = LoggerFactory.getLogger(EraNegotiation.class);

  /** The errors only a 2026-07-28 server sends (and the numbers its betas used). */
  private static final Set<Integer> MODERN_ERRORS = Set.of(ErrorCodes.HEADER_MISMATCH,
      ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY, ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION);

  private final ClientOptions options;
  private final McpChannel channel;
  private final StatelessCalls stateless;
  private final Consumer<ProtocolVersion> speak;

  /** @param speak switches the client to a revision (requests built after it use it) */
  public EraNegotiation(ClientOptions options, McpChannel channel, StatelessCalls stateless,
      Consumer<ProtocolVersion> speak) {
    this.options = options;
    this.channel = channel;
    this.stateless = stateless;
    this.speak = speak;
  }

  /** Connects with the server known as {@code identity} (may be null). */
  public ServerFacts establish(@Nullable String identity) {
    ProtocolVersion modern = options.modernVersion();
    ProtocolVersion legacy = options.legacyVersion();
    if (modern == null && legacy == null) {
      throw new IllegalStateException("the client accepts no protocol version");
    }
    if (modern == null) {
      return initialize(legacy);
    }
    if (legacy == null) {
      return discover(modern, options.initializeTimeout()).orElseThrow(() ->
          new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "The server does not speak "
              + modern + " (it did not answer server/discover), and this client speaks nothing "
              + "older"));
    }
    if (EraMemory.recall(identity) == EraMemory.Era.LEGACY) {
      try {
        return remembered(identity, EraMemory.Era.LEGACY, initialize(legacy));
      } catch (JsonRpcException e) {
        if (!isModern(e)) {
          throw e;
        }
        LOG.info("{} now speaks the stateless protocol; probing again", identity);
      }
    }
    Optional<ServerFacts> stateless = discover(modern, options.probeTimeout());
    if (stateless.isPresent()) {
      return remembered(identity, EraMemory.Era.MODERN, stateless.get());
    }
    return remembered(identity, EraMemory.Era.LEGACY, initialize(legacy));
  }

  private static ServerFacts remembered(@Nullable String identity, EraMemory.Era era,
      ServerFacts facts) {
    EraMemory.remember(identity, era);
    return facts;
  }

  /**
   * {@code server/discover} at {@code version}: the server's facts, or empty when the server does
   * not speak the stateless protocol at all.
   */
  private Optional<ServerFacts> discover(ProtocolVersion version, Duration patience) {
    ProtocolVersion asking = version;
    for (int attempt = 0; attempt < 2; attempt++) {
      speak.accept(asking);
      JsonNode raw;
      try {
        raw = stateless.call(DiscoverRequest.METHOD, McpJson.toObject(DiscoverRequest.of()),
            CallOptions.timeout(patience), false);
      } catch (JsonRpcException e) {
        if (e.code() == ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION && e.isFromPeer()) {
          ProtocolVersion other = choose(versions(e.data()));
          if (other == null) {
            throw new JsonRpcException(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, "The server "
                + "speaks none of the revisions this client accepts: " + e.getMessage(),
                e.data(), e);
          }
          // Retry even with the same version: the server asked for one it lists.
          asking = other;
          continue;
        }
        if (isModern(e)) {
          throw e;
        }
        LOG.debug("server/discover failed ({}); the server speaks the handshake revisions",
            e.getMessage());
        return Optional.empty();
      }
      return Optional.of(facts(asking, raw));
    }
    throw new JsonRpcException(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION,
        "The server refused every revision it said it speaks");
  }

  private ServerFacts facts(ProtocolVersion asked, JsonNode raw) {
    DiscoverResult result;
    try {
      result = McpJson.fromTree(raw, DiscoverResult.class);
    } catch (IllegalArgumentException e) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Invalid server/discover result from the server: " + e.getMessage());
    }
    ProtocolVersion version = result.supportedVersions().contains(asked.id()) ? asked
        : choose(result.supportedVersions());
    if (version == null) {
      throw new JsonRpcException(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, "The server speaks "
          + result.supportedVersions() + ", none of which this client accepts");
    }
    speak.accept(version);
    Implementation info = result.serverInfo().or(() -> bodyServerInfo(raw))
        .orElse(Implementation.of("unknown", "unknown"));
    return new ServerFacts(version, info, result.capabilities(), result.instructions(),
        result.supportedVersions());
  }

  /** Some servers put their identity in the body; the spec moved it to {@code _meta}. */
  private static Optional<Implementation> bodyServerInfo(JsonNode raw) {
    JsonNode info = raw.get("serverInfo");
    if (info == null || !info.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(McpJson.fromTree(info, Implementation.class));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The newest stateless revision in {@code offered} the client accepts. */
  private @Nullable ProtocolVersion choose(List<String> offered) {
    ProtocolVersion best = null;
    for (String id : offered) {
      Optional<ProtocolVersion> known = ProtocolVersion.parse(id)
          .filter(v -> !v.isLegacy() && options.acceptedVersions().contains(v));
      if (known.isPresent() && (best == null || known.get().isAtLeast(best))) {
        best = known.get();
      }
    }
    return best;
  }

  private static List<String> versions(@Nullable JsonNode data) {
    List<String> versions = new ArrayList<>();
    if (data != null && data.path("supported").isArray()) {
      data.get("supported").forEach(v -> {
        if (v.isString()) {
          versions.add(v.asString());
        }
      });
    }
    return versions;
  }

  private static boolean isModern(JsonRpcException e) {
    return e.isFromPeer() && MODERN_ERRORS.contains(e.code());
  }

  /** The handshake: {@code initialize} asking for {@code version}, then {@code initialized}. */
  private ServerFacts initialize(ProtocolVersion version) {
    speak.accept(version);
    InitializeRequest request = new InitializeRequest(version.id(),
        options.capabilities(version), options.info(), null, Map.of());
    // The spec forbids cancelling initialize, so a timeout just gives up on it.
    InitializeResult result = JsonRpcPeer.await(InitializeRequest.METHOD, channel.send(request,
        CallOptions.timeout(options.initializeTimeout()), null, false));
    ProtocolVersion negotiated = ProtocolVersion.parse(result.protocolVersion())
        .filter(ProtocolVersion::isLegacy)
        .filter(options.acceptedVersions()::contains)
        .orElseThrow(() -> new JsonRpcException(ErrorCodes.INVALID_REQUEST,
            "The server chose protocol version " + result.protocolVersion()
                + ", which this client does not accept (it accepts "
                + options.acceptedVersions() + ")"));
    speak.accept(negotiated);
    channel.notify(InitializedNotification.of());
    return new ServerFacts(negotiated, result.serverInfo(), result.capabilities(),
        result.instructions(), List.of(negotiated.id()));
  }
}
