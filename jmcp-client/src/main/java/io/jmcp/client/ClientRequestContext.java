package io.jmcp.client;

import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.Meta;

/** What a client-side handler knows about the server's request it is answering. */
public interface ClientRequestContext {

  RequestId requestId();

  /** The request's {@code _meta}; empty when it had none. */
  Meta meta();

  /** Whether the server cancelled the request (the answer will then not be sent). */
  boolean isCancelled();

  /** Runs {@code action} when the server cancels the request. */
  void onCancel(Runnable action);
}
