package io.jmcp.schema.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Defensive copies for wire records: immutable, order-preserving, null stays null. */
public final class Immutable {

  private Immutable() {
  }

  public static <T> @Nullable List<T> list(@Nullable List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  public static <K, V> @Nullable Map<K, V> map(@Nullable Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Unknown members of an open object: never null, empty when there are none. */
  public static <V> Map<String, V> extra(@Nullable Map<String, V> map) {
    return map == null || map.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
