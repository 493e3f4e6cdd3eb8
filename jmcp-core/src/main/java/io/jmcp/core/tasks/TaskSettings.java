package io.jmcp.core.tasks;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a receiver runs tasks: how long it keeps them (the requestor may ask for less, never for
 * more than the maximum) and how often it advises polling.
 *
 * @param defaultTtl the ttl of a task whose requestor named none
 * @param maxTtl the longest ttl granted
 * @param pollInterval the polling interval advised; null for no advice
 */
public record TaskSettings(Duration defaultTtl, Duration maxTtl, @Nullable Duration pollInterval) {

  /** An hour by default, a day at most, polling once a second. */
  public static final TaskSettings DEFAULT =
      new TaskSettings(Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(1));

  public TaskSettings {
    Objects.requireNonNull(defaultTtl, "defaultTtl");
    Objects.requireNonNull(maxTtl, "maxTtl");
    if (defaultTtl.isNegative() || defaultTtl.isZero() || maxTtl.compareTo(defaultTtl) < 0) {
      throw new IllegalArgumentException("task ttls must be positive, the maximum at least the "
          + "default");
    }
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("the poll interval must be positive");
    }
  }

  /** The ttl granted when the requestor asked for {@code requestedMillis} (or nothing). */
  public Duration ttl(@Nullable Long requestedMillis) {
    if (requestedMillis == null || requestedMillis <= 0) {
      return defaultTtl;
    }
    Duration requested = Duration.ofMillis(requestedMillis);
    return requested.compareTo(maxTtl) > 0 ? maxTtl : requested;
  }

  public TaskSettings withPollInterval(@Nullable Duration value) {
    return new TaskSettings(defaultTtl, maxTtl, value);
  }

  public TaskSettings withTtl(Duration defaultValue, Duration maxValue) {
    return new TaskSettings(defaultValue, maxValue, pollInterval);
  }
}
