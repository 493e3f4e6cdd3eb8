package io.jmcp.server.internal;

import io.jmcp.schema.mrtr.InputRequests;

/**
 * Unwinds a handler that asked the client for input it does not have yet (2026-07-28): the
 * request is answered with an {@code InputRequiredResult}, and the handler runs again on the
 * retry, when the answers are there. An {@link Error} so that handlers catching
 * {@code Exception} do not swallow it.
 */
final class InputRequiredSignal extends Error {

  private static final long serialVersionUID = 1L;

  private final transient InputRequests missing;

  InputRequiredSignal(InputRequests missing) {
    super("input required: " + missing.requests().keySet(), null, false, false);
    this.missing = missing;
  }

  /** What the client must answer before the handler can go on. */
  InputRequests missing() {
    return missing;
  }
}
