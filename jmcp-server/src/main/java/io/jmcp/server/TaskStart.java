package io.jmcp.server;

/**
 * When a tool call that may run as a task becomes one (a tool whose definition declares
 * {@code execution.taskSupport} {@code optional} or {@code required}).
 */
public enum TaskStart {
  /** At once: the client gets its task handle while the handler starts (the default). */
  IMMEDIATELY,
  /**
   * When the handler calls {@link RequestContext#startTask()}: what it asks the client before
   * is part of the call itself (2026-07-28: rounds of a multi round-trip request), and the task
   * only exists once the handler has what it needs. A handler that returns without starting the
   * task answers the call directly. In 2025-11-25 the client creates the task, so it exists from
   * the start either way.
   */
  BY_HANDLER
}
