package io.jmcp.client;

import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.Meta;

/**
 * What a client-side handler knows about the server's request it is answering: a server-to-client
 * request (legacy revisions), or one input request of a multi round-trip request (2026-07-28).
 */
public interface ClientRequestContext {

  /** The server's request id; for an input request, its key as a text id. */
  RequestId requestId();

  /** The key of the input request being answered (2026-07-28), if it is one. */
  default java.util.Optional<String> inputKey() {
    return java.util.Optional.empty();
  }

  /** The request's {@code _meta}; empty when it had none. */
  Meta meta();

  /** Whether the server cancelled the request (the answer will then not be sent). */
  boolean isCancelled();

  /** Runs {@code action} when the server cancels the request. */
  void onCancel(Runnable action);
}
