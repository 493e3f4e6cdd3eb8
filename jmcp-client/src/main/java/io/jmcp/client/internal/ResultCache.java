package io.jmcp.client.internal;

import io.jmcp.schema.CacheHint;
import io.jmcp.schema.resources.ListResourceTemplatesRequest;
import io.jmcp.schema.resources.ListResourcesRequest;
import io.jmcp.schema.resources.ReadResourceRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 2026-07-28 results the server said may be reused ({@code ttlMs} > 0), by method and the
 * parameters that shape them ({@code _meta} aside). One client's cache is one authorization
 * context, so private and public entries are kept alike. Change notifications drop entries at
 * once; results of multi round-trip retries are never stored.
 */
public final class ResultCache {

  /** The methods whose results the spec makes cacheable. */
  public static final Set<String> CACHEABLE = Set.of("server/discover", "tools/list",
      "prompts/list", ListResourcesRequest.METHOD, ListResourceTemplatesRequest.METHOD,
      ReadResourceRequest.METHOD);

  private static final int MAX_ENTRIES = 1_000;

  private final Clock clock;
  private final Map<String, Cached> entries = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > MAX_ENTRIES;
        }
      });

  public ResultCache(Clock clock) {
    this.clock = clock;
  }

  /** The key of a request: its method and its params without {@code _meta}. */
  public static String key(String method, ObjectNode params) {
    ObjectNode stable = params.deepCopy();
    stable.remove("_meta");
    return method + " " + Canonical.json(stable);
  }

  /** A fresh result for {@code key}, or null. */
  public @Nullable JsonNode fresh(String key) {
    Cached entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (clock.millis() >= entry.expiresAt()) {
      entries.remove(key);
      return null;
    }
    return entry.result().deepCopy();
  }

  /** Keeps {@code result} if the server allowed it (a positive {@code ttlMs}). */
  public void offer(String key, String method, @Nullable String uri, JsonNode result) {
    JsonNode ttl = result.get(CacheHint.TTL_FIELD);
    if (ttl == null || !ttl.isIntegralNumber() || ttl.asLong() <= 0) {
      return;
    }
    entries.put(key, new Cached(method, uri, result.deepCopy(), clock.millis() + ttl.asLong()));
  }

  /** Drops every entry of {@code method} (a list changed). */
  public void invalidate(String method) {
    removeIf(entry -> entry.method().equals(method));
  }

  /** Drops the cached reads of {@code uri} (the resource changed). */
  public void invalidateRead(String uri) {
    removeIf(entry -> ReadResourceRequest.METHOD.equals(entry.method())
        && uri.equals(entry.uri()));
  }

  public void clear() {
    entries.clear();
  }

  public int size() {
    return entries.size();
  }

  private void removeIf(java.util.function.Predicate<Cached> doomed) {
    synchronized (entries) {
      List<String> keys = new ArrayList<>();
      for (Iterator<Map.Entry<String, Cached>> it = entries.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Cached> entry = it.next();
        if (doomed.test(entry.getValue())) {
          keys.add(entry.getKey());
        }
      }
      keys.forEach(entries::remove);
    }
  }

  private record Cached(String method, @Nullable String uri, JsonNode result, long expiresAt) {
  }
}
