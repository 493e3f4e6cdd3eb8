package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcResponse;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.transport.http.SseEvent;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the answer to one 2026-07-28 POST. A response that comes at once is a JSON body whose
 * status follows its error code (400 for the protocol's request errors, 404 for an unknown
 * method). Anything else opens an SSE stream: the request's notifications, then its response;
 * a listen stream stays open. A client that goes away cancels the request.
 */
public final class StatelessReply {

  private static final Logger LOG = LoggerFactory.getLogger(StatelessReply.class);
  /** How long a quick answer may take before the reply becomes a stream. */
  private static final Duration QUICK = Duration.ofMillis(500);

  private final StatelessExchange exchange;
  private final RequestId id;
  private final HttpServletResponse response;
  private final AsyncContext async;
  private final JsonRpcCodec codec;
  private final Duration keepAlive;

  public StatelessReply(StatelessExchange exchange, RequestId id, HttpServletResponse response,
      AsyncContext async, JsonRpcCodec codec, Duration keepAlive) {
    this.exchange = exchange;
    this.id = id;
    this.response = response;
    this.async = async;
    this.codec = codec;
    this.keepAlive = keepAlive;
  }

  /** The HTTP status of an immediate JSON answer. */
  public static int status(JsonRpcMessage answer) {
    if (!(answer instanceof JsonRpcErrorResponse error)) {
      return HttpServletResponse.SC_OK;
    }
    return switch (error.error().code()) {
      case ErrorCodes.METHOD_NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
      case ErrorCodes.PARSE_ERROR, ErrorCodes.INVALID_REQUEST, ErrorCodes.INVALID_PARAMS,
          ErrorCodes.HEADER_MISMATCH, ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY,
          ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION -> HttpServletResponse.SC_BAD_REQUEST;
      default -> HttpServletResponse.SC_OK;
    };
  }

  /** Writes the whole answer; returns when the request is done or the client gone. */
  public void serve() {
    try {
      JsonRpcMessage first = exchange.next(QUICK);
      if (first instanceof JsonRpcResponse) {
        HttpReplies.json(response, status(first), first);
        return;
      }
      stream(first);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.cancel(id, "the server is stopping");
    } catch (IOException e) {
      LOG.debug("Client of request {} went away: {}", id, e.getMessage());
      exchange.cancel(id, "the client closed the connection");
    } finally {
      try {
        async.complete();
      } catch (IllegalStateException alreadyDone) {
        LOG.debug("Reply to {} already complete", id);
      }
    }
  }

  private void stream(@Nullable JsonRpcMessage first) throws IOException, InterruptedException {
    HttpReplies.startEventStream(response);
    var writer = new io.jmcp.transport.http.SseWriter(response.getOutputStream());
    JsonRpcMessage next = first;
    while (true) {
      if (next == null && exchange.isClosed()) {
        // The server is stopping: the stream ends without an answer.
        return;
      }
      if (next == null) {
        // Quiet: a comment keeps intermediaries from closing the stream and tells whether the
        // client is still there.
        writer.comment("keep-alive");
      } else {
        writer.write(SseEvent.message(null,
            new String(codec.encode(next), StandardCharsets.UTF_8)));
        if (next instanceof JsonRpcResponse) {
          return;
        }
      }
      next = exchange.next(keepAlive);
    }
  }
}
