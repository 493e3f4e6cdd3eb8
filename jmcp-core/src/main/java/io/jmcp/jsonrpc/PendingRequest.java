package io.jmcp.jsonrpc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An outbound request waiting for its response, with its timeout timer. Re-arming the timer (on
 * progress) never pushes the deadline past the absolute cap of its {@link RequestOptions}.
 */
final class PendingRequest {

  final RequestId id;
  final String method;
  final RequestOptions options;
  final Duration timeout;
  final CompletableFuture<JsonNode> future;
  private final long hardDeadlineNanos;
  private final Consumer<PendingRequest> onTimeout;
  private @Nullable ScheduledFuture<?> timer;

  PendingRequest(RequestId id, String method, RequestOptions options, Duration timeout,
      CompletableFuture<JsonNode> future, Consumer<PendingRequest> onTimeout) {
    this.id = id;
    this.method = method;
    this.options = options;
    this.timeout = timeout;
    this.future = future;
    this.onTimeout = onTimeout;
    this.hardDeadlineNanos = options.maxTotalTimeout() == null ? Long.MAX_VALUE
        : System.nanoTime() + options.maxTotalTimeout().toNanos();
  }

  /** (Re)starts the timeout clock. */
  synchronized void arm() {
    if (timer != null) {
      timer.cancel(false);
    }
    long delay = timeout.toNanos();
    if (hardDeadlineNanos != Long.MAX_VALUE) {
      delay = Math.min(delay, Math.max(0, hardDeadlineNanos - System.nanoTime()));
    }
    timer = Scheduler.schedule(() -> onTimeout.accept(this), delay);
  }

  /** Stops the timeout clock: the request is over. */
  synchronized void disarm() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
