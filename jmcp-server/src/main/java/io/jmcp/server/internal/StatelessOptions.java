package io.jmcp.server.internal;

import io.jmcp.schema.CacheHint;
import io.jmcp.server.CacheableKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a server serves 2026-07-28 requests: cache hints per kind of result, and how multi
 * round-trip request state is protected.
 *
 * @param cacheHints the hint per cacheable result; missing kinds get {@link CacheHint#NONE}
 * @param stateKey the HMAC key of request states (32+ bytes; share it between the nodes of one
 *     deployment so that any node accepts any node's state)
 * @param stateTtl how long a request state is accepted
 * @param singleUseState whether a request state is accepted only once
 */
public record StatelessOptions(Map<CacheableKind, CacheHint> cacheHints, byte[] stateKey,
    Duration stateTtl, boolean singleUseState) {

  public StatelessOptions {
    EnumMap<CacheableKind, CacheHint> copy = new EnumMap<>(CacheableKind.class);
    copy.putAll(cacheHints);
    cacheHints = copy;
    Objects.requireNonNull(stateKey, "stateKey");
    if (stateKey.length < 32) {
      throw new IllegalArgumentException("the request state key needs at least 32 bytes");
    }
    stateKey = stateKey.clone();
    Objects.requireNonNull(stateTtl, "stateTtl");
  }

  /** A fresh random key, for a server whose request states need not outlive it. */
  public static byte[] randomKey() {
    return RequestStateCodec.randomKey();
  }

  /** The hint for {@code kind}. */
  public CacheHint cacheHint(CacheableKind kind) {
    return cacheHints.getOrDefault(kind, CacheHint.NONE);
  }
}
