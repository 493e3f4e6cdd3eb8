package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.transport.http.McpHttpHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the short, complete answers of the HTTP transport: errors and JSON bodies, including the
 * 413 that refuses a body too large to read.
 */
public final class HttpReplies {

  private HttpReplies() {
  }

  /**
   * The POST body, at most {@code max} bytes, or null after answering 413: refused before reading
   * when the declared length is too large, else as soon as the bytes read pass the limit.
   */
  public static byte @Nullable [] boundedBody(HttpServletRequest request,
      HttpServletResponse response, int max) throws IOException {
    if (request.getContentLengthLong() > max) {
      tooLarge(response, max);
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(max + 1);
      if (body.length > max) {
        tooLarge(response, max);
        return null;
      }
      return body;
    }
  }

  private static void tooLarge(HttpServletResponse response, int max) throws IOException {
    // Tell the container the connection cannot be reused: the rest of the body stays unread.
    response.setHeader("Connection", "close");
    error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ErrorCodes.INVALID_REQUEST,
        "Payload Too Large: the limit is " + max + " bytes", null);
  }

  /** An HTTP error whose body is a JSON-RPC error (with the request id when known). */
  public static void error(HttpServletResponse response, int status, int code, String message,
      @Nullable RequestId id) throws IOException {
    json(response, status, new JsonRpcErrorResponse(id, JsonRpcError.of(code, message)));
  }

  public static void json(HttpServletResponse response, int status, JsonRpcMessage message)
      throws IOException {
    byte[] body = JsonRpcCodec.standard().encode(message);
    response.setStatus(status);
    response.setContentType(McpHttpHeaders.JSON);
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The headers that open an SSE response. */
  public static void startEventStream(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(McpHttpHeaders.EVENT_STREAM);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache, no-transform");
    // Reverse proxies (nginx) must not buffer a stream that is read as it arrives.
    response.setHeader("X-Accel-Buffering", "no");
    response.flushBuffer();
  }
}
