package io.jmcp.jsonrpc;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one outbound request is timed and cancelled.
 *
 * @param timeout how long to wait for the response, or since the last {@link
 *     JsonRpcPeer#resetTimeout reset}; {@code null} for the peer's default
 * @param maxTotalTimeout an absolute cap that resets cannot extend; {@code null} for none
 * @param cancellable whether abandoning the request (timeout, cancel, interrupt) tells the peer;
 *     false for requests the protocol forbids cancelling
 */
public record RequestOptions(@Nullable Duration timeout, @Nullable Duration maxTotalTimeout,
    boolean cancellable) {

  public static final RequestOptions DEFAULT = new RequestOptions(null, null, true);

  public RequestOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxTotalTimeout != null && (maxTotalTimeout.isNegative() || maxTotalTimeout.isZero())) {
      throw new IllegalArgumentException("maxTotalTimeout must be positive: " + maxTotalTimeout);
    }
  }

  public static RequestOptions timeout(Duration timeout) {
    return DEFAULT.withTimeout(timeout);
  }

  public RequestOptions withTimeout(@Nullable Duration newTimeout) {
    return new RequestOptions(newTimeout, maxTotalTimeout, cancellable);
  }

  public RequestOptions withMaxTotalTimeout(@Nullable Duration cap) {
    return new RequestOptions(timeout, cap, cancellable);
  }

  public RequestOptions withCancellable(boolean value) {
    return new RequestOptions(timeout, maxTotalTimeout, value);
  }
}
