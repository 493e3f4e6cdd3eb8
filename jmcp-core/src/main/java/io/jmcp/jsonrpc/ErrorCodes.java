package io.jmcp.jsonrpc;

/**
 * Every error code jmcp sends or recognises, in one place: the JSON-RPC 2.0 codes and the ones the
 * MCP specification defines on top of them.
 */
public final class ErrorCodes {

  /** Invalid JSON was received. */
  public static final int PARSE_ERROR = -32700;
  /** The JSON sent is not a valid request object. */
  public static final int INVALID_REQUEST = -32600;
  /** The method does not exist or is not offered (MCP: also an unadvertised capability). */
  public static final int METHOD_NOT_FOUND = -32601;
  /** Invalid method parameters (MCP: also unknown tool or prompt, bad cursor, bad log level). */
  public static final int INVALID_PARAMS = -32602;
  /** An internal error of the receiver. */
  public static final int INTERNAL_ERROR = -32603;

  /** MCP legacy revisions: the resource asked for does not exist (2026-07-28 uses -32602). */
  public static final int RESOURCE_NOT_FOUND = -32002;
  /** MCP 2025-11-25: the request needs a URL-mode elicitation first. */
  public static final int URL_ELICITATION_REQUIRED = -32042;
  /** MCP 2026-07-28: an HTTP header disagrees with the body. */
  public static final int HEADER_MISMATCH = -32020;
  /** MCP 2026-07-28: the request lacks a client capability the server needs. */
  public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
  /** MCP 2026-07-28: the protocol version in the request is not supported. */
  public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;
  /** MCP sampling examples: the user rejected the request. */
  public static final int USER_REJECTED = -1;

  private ErrorCodes() {
  }

  /** A short name for logs and error messages, e.g. {@code "Method not found"}. */
  public static String describe(int code) {
    return switch (code) {
      case PARSE_ERROR -> "Parse error";
      case INVALID_REQUEST -> "Invalid request";
      case METHOD_NOT_FOUND -> "Method not found";
      case INVALID_PARAMS -> "Invalid params";
      case INTERNAL_ERROR -> "Internal error";
      case RESOURCE_NOT_FOUND -> "Resource not found";
      case URL_ELICITATION_REQUIRED -> "URL elicitation required";
      case HEADER_MISMATCH -> "Header mismatch";
      case MISSING_REQUIRED_CLIENT_CAPABILITY -> "Missing required client capability";
      case UNSUPPORTED_PROTOCOL_VERSION -> "Unsupported protocol version";
      case USER_REJECTED -> "User rejected";
      default -> "Error " + code;
    };
  }
}
