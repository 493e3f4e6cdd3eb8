package io.jmcp.transport.http.server.internal;

import io.jmcp.jsonrpc.JsonRpcMessage;

/** Where the messages that answer one POST go: an SSE stream or a single JSON body. */
public sealed interface RequestStream permits EventStream, JsonBody {

  /** Sends one message on this stream. */
  void publish(JsonRpcMessage message);

  /** Whether this stream can carry messages other than responses. */
  boolean carriesNotifications();

  /** Ends the stream because the session is over. */
  void close();
}
