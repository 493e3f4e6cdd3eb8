package io.jmcp.server.internal;

import io.jmcp.core.HeaderValue;
import io.jmcp.core.ParameterHeader;
import io.jmcp.core.ParameterHeaders;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.jsonrpc.TransportHeaders;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The 2026-07-28 HTTP rules that tie headers to the body: {@code MCP-Protocol-Version} equals the
 * request's {@code _meta} version, {@code Mcp-Method} its method, {@code Mcp-Name} the name or URI
 * it is about, {@code Mcp-Param-*} the annotated tool arguments. Headers are required; a missing,
 * malformed or different one is -32020 (HeaderMismatch, HTTP 400). Requests that came without
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
    if (headers.get().first(PROTOCOL_VERSION).isEmpty()) {
      throw mismatch("the MCP-Protocol-Version header is missing");
    }
    Optional<String> method = headers.get().first(METHOD).map(String::trim);
    if (method.isEmpty()) {
      throw mismatch("the Mcp-Method header is missing; it must be " + request.method());
    }
    if (!method.get().equals(request.method())) {
      throw mismatch("the Mcp-Method header says '" + method.get() + "' but the body calls "
          + request.method());
    }
  }

  /** The {@code MCP-Protocol-Version} header must name the version of {@code _meta}. */
  static void checkVersion(TransportContext context, String requested) {
    Optional<TransportHeaders> headers = context.get(TransportHeaders.class);
    if (headers.isEmpty()) {
      return;
    }
    Optional<String> header = headers.get().first(PROTOCOL_VERSION).map(String::trim);
    if (header.isPresent() && !header.get().equals(requested)) {
      throw mismatch("the MCP-Protocol-Version header says " + header.get()
          + " but _meta says " + requested);
    }
  }

  /**
   * {@code Mcp-Name} must name what the body is about, and each {@code Mcp-Param-*} header of an
   * annotated tool parameter must carry the argument's value.
   */
  static void checkAgainstBody(InboundRequest request, Features features) {
    Optional<TransportHeaders> headers = request.context().get(TransportHeaders.class);
    if (headers.isEmpty()) {
      return;
    }
    String subject = subject(request.method(), request.params());
    if (subject != null) {
      Optional<String> name = headers.get().first(NAME).map(String::trim);
      if (name.isEmpty()) {
        throw mismatch("the Mcp-Name header is missing; it must be '" + subject + "'");
      }
      String decoded = decoded("Mcp-Name", name.get());
      if (!decoded.equals(subject)) {
        throw mismatch("the Mcp-Name header says '" + decoded + "' but the body names '"
            + subject + "'");
      }
    }
    if (CallToolRequest.METHOD.equals(request.method()) && subject != null) {
      Optional<ToolEntry> tool = features.tool(subject);
      if (tool.isPresent()) {
        checkParameters(headers.get(), tool.get(), request.params());
      }
    }
  }

  private static void checkParameters(TransportHeaders headers, ToolEntry tool,
      @Nullable JsonNode params) {
    List<ParameterHeader> annotated;
    try {
      annotated = ParameterHeaders.of(tool.tool().tool().inputSchema());
    } catch (IllegalArgumentException e) {
      return;
    }
    JsonNode arguments = params == null ? null : params.get("arguments");
    for (ParameterHeader parameter : annotated) {
      JsonNode value = ParameterHeaders.value(parameter, arguments);
      Optional<String> header = headers.first(parameter.headerName()).map(String::trim);
      if (value == null) {
        continue;
      }
      if (header.isEmpty()) {
        throw mismatch("the " + parameter.headerName() + " header is missing; argument "
            + String.join(".", parameter.path()) + " is in the body");
      }
      String decoded = decoded(parameter.headerName(), header.get());
      if (!ParameterHeaders.matches(parameter, decoded, value)) {
        throw mismatch("the " + parameter.headerName() + " header says '" + decoded
            + "' but argument " + String.join(".", parameter.path()) + " is " + value);
      }
    }
  }

  private static String decoded(String header, String value) {
    try {
      return HeaderValue.decode(value);
    } catch (IllegalArgumentException e) {
      throw mismatch("the " + header + " header is malformed: " + e.getMessage());
    }
  }

  /** What a request is about: the tool or prompt name, or the resource URI. */
  static @Nullable String subject(String method, @Nullable JsonNode params) {
    String member = switch (method) {
      case CallToolRequest.METHOD, GetPromptRequest.METHOD -> "name";
      case ReadResourceRequest.METHOD -> "uri";
      case TasksExtension.GET, TasksExtension.UPDATE, TasksExtension.CANCEL -> "taskId";
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
