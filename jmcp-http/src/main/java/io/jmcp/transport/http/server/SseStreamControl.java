package io.jmcp.transport.http.server;

import java.time.Duration;

/**
 * Lets a handler end the SSE stream its request is answered on before the answer is ready (SSE
 * polling, 2025-11-25): the client is told to reconnect after {@code retry}, resumes with
 * {@code Last-Event-ID}, and gets the rest there. Found in the request's transport context when the
 * request is answered over SSE.
 */
public interface SseStreamControl {

  /** Sends a {@code retry} hint and closes the connection; the stream itself goes on. */
  void closeForPolling(Duration retry);
}
