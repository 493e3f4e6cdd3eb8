package io.jmcp.server.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Features of one kind keyed by name or URI, in registration order. Writers publish one immutable
 * snapshot (list and index together); readers never lock, because lists are served far more often
 * than they change.
 */
final class Registry<T> {

  private record Snapshot<T>(List<T> list, Map<String, T> index) {
  }

  private final Function<T, String> key;
  private final LinkedHashMap<String, T> entries = new LinkedHashMap<>();
  private volatile Snapshot<T> snapshot = new Snapshot<>(List.of(), Map.of());

  Registry(Function<T, String> key) {
    this.key = key;
  }

  /** Adds or replaces; returns the entry it replaced. */
  synchronized @Nullable T put(T entry) {
    T previous = entries.put(key.apply(entry), entry);
    publish();
    return previous;
  }

  synchronized @Nullable T remove(String name) {
    T removed = entries.remove(name);
    if (removed != null) {
      publish();
    }
    return removed;
  }

  Optional<T> get(String name) {
    return Optional.ofNullable(snapshot.index().get(name));
  }

  List<T> list() {
    return snapshot.list();
  }

  private void publish() {
    snapshot = new Snapshot<>(List.copyOf(entries.values()), Map.copyOf(entries));
  }
}
