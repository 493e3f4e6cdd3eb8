package io.jmcp.server.internal;

/**
 * Lets through only progress that increases, as the spec requires of every progress
 * notification for one request (or one task); a handler may report from several threads.
 */
final class ProgressGate {

  private double last = Double.NEGATIVE_INFINITY;

  /** Whether {@code progress} is beyond everything let through so far (it is then the newest). */
  synchronized boolean advance(double progress) {
    if (progress <= last) {
      return false;
    }
    last = progress;
    return true;
  }
}
