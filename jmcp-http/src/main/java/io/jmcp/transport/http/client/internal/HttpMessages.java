package io.jmcp.transport.http.client.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcBatch;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResponse;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.RequestId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the HTTP client transports need to know about the messages they carry. */
public final class HttpMessages {

  private HttpMessages() {
  }

  /** The ids of the requests in a message (one request, or the requests of a batch). */
  public static Set<RequestId> requestIds(JsonRpcMessage message) {
    Set<RequestId> ids = new LinkedHashSet<>();
    if (message instanceof JsonRpcRequest request) {
      ids.add(request.id());
    } else if (message instanceof JsonRpcBatch batch) {
      batch.messages().forEach(element -> ids.addAll(requestIds(element)));
    }
    return ids;
  }

  /** The ids of the requests a message answers. */
  public static Set<RequestId> answeredIds(JsonRpcMessage message) {
    Set<RequestId> ids = new LinkedHashSet<>();
    if (message instanceof JsonRpcResponse response && response.id() != null) {
      ids.add(response.id());
    } else if (message instanceof JsonRpcBatch batch) {
      batch.messages().forEach(element -> ids.addAll(answeredIds(element)));
    }
    return ids;
  }

  /**
   * The error to hand the caller of {@code id} when the HTTP exchange itself failed: the server's
   * JSON-RPC error when the body holds one, else one naming the HTTP status.
   */
  public static JsonRpcErrorResponse failure(RequestId id, int status, byte @Nullable [] body,
      JsonRpcCodec codec) {
    if (body != null && body.length > 0) {
      try {
        if (codec.decode(body) instanceof JsonRpcErrorResponse error) {
          return new JsonRpcErrorResponse(id, error.error());
        }
      } catch (MalformedMessageException notJsonRpc) {
        // fall through to the generic error
      }
    }
    return new JsonRpcErrorResponse(id, JsonRpcError.of(ErrorCodes.INTERNAL_ERROR,
        "HTTP " + status + " from the server"));
  }
}
