package io.jmcp.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * What a 2026-07-28 request says about itself in {@code _meta}: its protocol version, the
 * client's capabilities for this request, the client's identity and the log level it wants.
 * The server judges each request by these alone, never by earlier ones.
 *
 * @param meta the whole {@code _meta}
 */
record RequestFacts(ProtocolVersion version, ClientCapabilities capabilities,
    @Nullable Implementation clientInfo, @Nullable LoggingLevel logLevel, Meta meta) {

  /** Whether a request claims the 2026-07-28 shape (a protocol version in {@code _meta}). */
  static boolean claimsModern(@Nullable JsonNode params) {
    return params != null && params.path("_meta").has(Meta.PROTOCOL_VERSION);
  }

  /**
   * Reads and checks the facts of a request.
   *
   * @param supported the stateless revisions the server speaks
   * @param versionHeaderCheck checks the transport's version header against the requested one
   * @throws JsonRpcException -32602 when required members are missing or malformed, -32022 when
   *     the version is not one the server speaks
   */
  static RequestFacts read(@Nullable JsonNode params, List<ProtocolVersion> supported,
      Consumer<String> versionHeaderCheck) {
    JsonNode metaNode = params == null ? null : params.get("_meta");
    if (metaNode == null || !metaNode.isObject()) {
      throw invalid("a request needs params._meta with " + Meta.PROTOCOL_VERSION + " and "
          + Meta.CLIENT_CAPABILITIES);
    }
    JsonNode versionNode = metaNode.get(Meta.PROTOCOL_VERSION);
    if (versionNode == null || !versionNode.isString()) {
      throw invalid("_meta." + Meta.PROTOCOL_VERSION + " is required and must be a string");
    }
    JsonNode capabilitiesNode = metaNode.get(Meta.CLIENT_CAPABILITIES);
    if (capabilitiesNode == null || !capabilitiesNode.isObject()) {
      throw invalid("_meta." + Meta.CLIENT_CAPABILITIES
          + " is required and must be an object ({} for none)");
    }
    String requested = versionNode.asString();
    // A header that disagrees with the body is a mismatch before it is an unknown version.
    versionHeaderCheck.accept(requested);
    Optional<ProtocolVersion> version = ProtocolVersion.parse(requested)
        .filter(supported::contains);
    if (version.isEmpty()) {
      throw unsupported(requested, supported);
    }
    ClientCapabilities capabilities;
    try {
      capabilities = McpJson.fromTree(capabilitiesNode, ClientCapabilities.class);
    } catch (IllegalArgumentException e) {
      throw invalid("_meta." + Meta.CLIENT_CAPABILITIES + ": " + e.getMessage());
    }
    Implementation clientInfo = null;
    JsonNode infoNode = metaNode.get(Meta.CLIENT_INFO);
    if (infoNode != null && !infoNode.isNull()) {
      try {
        clientInfo = McpJson.fromTree(infoNode, Implementation.class);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw invalid("_meta." + Meta.CLIENT_INFO + " is not an Implementation: "
            + e.getMessage());
      }
    }
    LoggingLevel logLevel = null;
    JsonNode levelNode = metaNode.get(Meta.LOG_LEVEL);
    if (levelNode != null && !levelNode.isNull()) {
      try {
        logLevel = LoggingLevel.fromJson(levelNode.asString());
      } catch (IllegalArgumentException e) {
        throw invalid("_meta." + Meta.LOG_LEVEL + " '" + levelNode + "' is not a log level");
      }
    }
    Meta meta = McpJson.fromTree(metaNode, Meta.class);
    return new RequestFacts(version.get(), capabilities, clientInfo, logLevel, meta);
  }

  /** -32022 naming what the server speaks, so the client can retry with one of them. */
  static JsonRpcException unsupported(String requested, List<ProtocolVersion> supported) {
    ArrayNode versions = McpJson.object().arrayNode();
    supported.forEach(v -> versions.add(v.id()));
    return new JsonRpcException(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION,
        "Unsupported protocol version: " + requested + "; this server speaks "
            + supported.stream().map(ProtocolVersion::id).toList(),
        McpJson.object().<tools.jackson.databind.node.ObjectNode>set("supported", versions)
            .put("requested", requested));
  }

  private static JsonRpcException invalid(String why) {
    return new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Invalid params: " + why);
  }
}
