package io.jmcp.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.jsonrpc.TransportHeaders;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.tools.CallToolRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The 2026-07-28 HTTP rules that tie headers to the body: {@code MCP-Protocol-Version} equals the
 * request's {@code _meta} version, {@code Mcp-Method} its method, {@code Mcp-Name} the name or URI
 * it is about. A mismatch is -32020 (HeaderMismatch, HTTP 400). Requests that came without
 * headers (stdio, in-memory) pass untouched.
 */
final class HeaderRules {

  static final String PROTOCOL_VERSION = "mcp-protocol-version";
  static final String METHOD = "mcp-method";
  static final String NAME = "mcp-name";

  private HeaderRules() {
  }

  /** Whether the headers announce a stateless revision. */
  static boolean claimsModern(TransportContext context) {
    return context.get(TransportHeaders.class)
        .flatMap(headers -> headers.first(PROTOCOL_VERSION))
        .flatMap(value -> ProtocolVersion.parse(value.trim()))
        .filter(version -> !version.isLegacy())
        .isPresent();
  }

  /** Checks that need nothing but the headers and the method. */
  static void checkBeforeDispatch(InboundRequest request) {
    Optional<TransportHeaders> headers = request.context().get(TransportHeaders.class);
    if (headers.isEmpty()) {
      return;
    }
    Optional<String> method = headers.get().first(METHOD).map(String::trim);
    if (method.isPresent() && !method.get().equals(request.method())) {
      throw mismatch("the Mcp-Method header says '" + method.get() + "' but the body calls "
          + request.method());
    }
  }

  /** The {@code MCP-Protocol-Version} header must name the version of {@code _meta}. */
  static void checkVersion(TransportContext context, ProtocolVersion version) {
    Optional<TransportHeaders> headers = context.get(TransportHeaders.class);
    if (headers.isEmpty()) {
      return;
    }
    Optional<String> header = headers.get().first(PROTOCOL_VERSION).map(String::trim);
    if (header.isEmpty()) {
      throw mismatch("the MCP-Protocol-Version header is missing; it must be " + version.id());
    }
    if (!header.get().equals(version.id())) {
      throw mismatch("the MCP-Protocol-Version header says " + header.get()
          + " but _meta says " + version.id());
    }
  }

  /** {@code Mcp-Name} must name what the body is about. */
  static void checkAgainstBody(InboundRequest request, Features features) {
    Optional<TransportHeaders> headers = request.context().get(TransportHeaders.class);
    if (headers.isEmpty()) {
      return;
    }
    String subject = subject(request.method(), request.params());
    Optional<String> name = headers.get().first(NAME).map(String::trim);
    if (subject != null && name.isPresent() && !name.get().equals(subject)) {
      throw mismatch("the Mcp-Name header says '" + name.get() + "' but the body names '"
          + subject + "'");
    }
  }

  /** What a request is about: the tool or prompt name, or the resource URI. */
  static @Nullable String subject(String method, @Nullable JsonNode params) {
    String member = switch (method) {
      case CallToolRequest.METHOD, GetPromptRequest.METHOD -> "name";
      case ReadResourceRequest.METHOD -> "uri";
      default -> null;
    };
    if (member == null || params == null || !params.path(member).isString()) {
      return null;
    }
    return params.get(member).asString();
  }

  private static JsonRpcException mismatch(String why) {
    return new JsonRpcException(ErrorCodes.HEADER_MISMATCH, "Header mismatch: " + why);
  }
}
