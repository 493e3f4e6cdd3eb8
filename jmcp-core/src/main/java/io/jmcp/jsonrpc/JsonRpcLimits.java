package io.jmcp.jsonrpc;

/**
 * Bounds on what a peer accepts from the wire, enforced by the JSON parser itself so a hostile
 * frame is refused before it is materialised.
 *
 * @param maxMessageBytes the largest frame, in bytes (a stdio line, an HTTP body)
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest single string value, in characters
 */
public record JsonRpcLimits(int maxMessageBytes, int maxNestingDepth, int maxStringLength) {

  /** 16 MiB frames, nesting depth 128: room for large resources, none for parser bombs. */
  public static final JsonRpcLimits DEFAULT = new JsonRpcLimits(16 * 1024 * 1024, 128,
      16 * 1024 * 1024);

  public JsonRpcLimits {
    if (maxMessageBytes < 1024 || maxNestingDepth < 8 || maxStringLength < 1024) {
      throw new IllegalArgumentException("limits too small to carry MCP messages: " + this);
    }
  }

  public JsonRpcLimits withMaxMessageBytes(int bytes) {
    return new JsonRpcLimits(bytes, maxNestingDepth, maxStringLength);
  }

  public JsonRpcLimits withMaxNestingDepth(int depth) {
    return new JsonRpcLimits(maxMessageBytes, depth, maxStringLength);
  }

  public JsonRpcLimits withMaxStringLength(int length) {
    return new JsonRpcLimits(maxMessageBytes, maxNestingDepth, length);
  }
}
