package io.jmcp.jsonrpc;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread behind every request timeout. Timeout actions only complete futures and
 * queue a cancellation, so a single daemon thread serves any number of peers.
 */
final class Scheduler {

  private static final ScheduledThreadPoolExecutor TIMER = create();

  private Scheduler() {
  }

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "jmcp-timer");
      thread.setDaemon(true);
      return thread;
    });
    // Cancelled timeouts are the common case (the response arrived); drop them at once.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  static ScheduledFuture<?> schedule(Runnable action, long delayNanos) {
    return TIMER.schedule(() -> {
      try {
        action.run();
      } catch (RuntimeException e) {
        JsonRpcPeer.LOG.error("Timeout action failed", e);
      }
    }, delayNanos, TimeUnit.NANOSECONDS);
  }
}
