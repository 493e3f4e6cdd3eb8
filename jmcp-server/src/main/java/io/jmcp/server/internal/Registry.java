package io.jmcp.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Features of one kind keyed by name or URI, in registration order. Reads take a snapshot without
 * locking (lists are served far more often than they change).
 */
final class Registry<T> {

  private final Function<T, String> key;
  private final LinkedHashMap<String, T> entries = new LinkedHashMap<>();
  private volatile List<T> snapshot = List.of();

  Registry(Function<T, String> key) {
    this.key = key;
  }

  /** Adds or replaces; returns the entry it replaced. */
  synchronized @Nullable T put(T entry) {
    T previous = entries.put(key.apply(entry), entry);
    snapshot = List.copyOf(entries.values());
    return previous;
  }

  synchronized @Nullable T remove(String name) {
    T removed = entries.remove(name);
    if (removed != null) {
      snapshot = List.copyOf(entries.values());
    }
    return removed;
  }

  Optional<T> get(String name) {
    for (T entry : snapshot) {
      if (key.apply(entry).equals(name)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  List<T> list() {
    return snapshot;
  }
}
