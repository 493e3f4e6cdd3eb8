package io.jmcp.core;

import io.jmcp.jsonrpc.RequestOptions;
import io.jmcp.schema.Meta;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one MCP request is made: its timeout, whether progress resets the timeout, a progress
 * listener (which makes the request carry a progress token) and extra {@code _meta}.
 *
 * @param timeout how long to wait, or since the last progress when {@code resetTimeoutOnProgress};
 *     null for the connection's default
 * @param maxTotalTimeout a cap progress cannot extend; null for none
 * @param resetTimeoutOnProgress whether each progress notification restarts the timeout
 * @param onProgress receives progress notifications; null to ask for none
 * @param meta entries added to the request's {@code _meta}
 */
public record CallOptions(@Nullable Duration timeout, @Nullable Duration maxTotalTimeout,
    boolean resetTimeoutOnProgress, @Nullable ProgressListener onProgress, @Nullable Meta meta) {

  public static final CallOptions DEFAULT = new CallOptions(null, null, true, null, null);

  public static CallOptions timeout(Duration timeout) {
    return DEFAULT.withTimeout(timeout);
  }

  public static CallOptions progress(ProgressListener listener) {
    return DEFAULT.withProgress(listener);
  }

  public CallOptions withTimeout(@Nullable Duration value) {
    return new CallOptions(value, maxTotalTimeout, resetTimeoutOnProgress, onProgress, meta);
  }

  public CallOptions withMaxTotalTimeout(@Nullable Duration value) {
    return new CallOptions(timeout, value, resetTimeoutOnProgress, onProgress, meta);
  }

  public CallOptions withResetTimeoutOnProgress(boolean value) {
    return new CallOptions(timeout, maxTotalTimeout, value, onProgress, meta);
  }

  public CallOptions withProgress(@Nullable ProgressListener listener) {
    return new CallOptions(timeout, maxTotalTimeout, resetTimeoutOnProgress, listener, meta);
  }

  public CallOptions withMeta(@Nullable Meta value) {
    return new CallOptions(timeout, maxTotalTimeout, resetTimeoutOnProgress, onProgress, value);
  }

  /** These options with {@code trace} in the request's {@code _meta}, so the server joins it. */
  public CallOptions withTrace(TraceContext trace) {
    return withMeta(trace.addTo(meta));
  }

  RequestOptions toRequestOptions(boolean cancellable) {
    return new RequestOptions(timeout, maxTotalTimeout, cancellable);
  }
}
