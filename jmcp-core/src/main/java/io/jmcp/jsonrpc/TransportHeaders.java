package io.jmcp.jsonrpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The headers of the transport message that carried a request (HTTP), names in lower case, for
 * protocol rules that compare headers with the body. Transports without headers leave it out of
 * the {@link TransportContext}.
 *
 * @param values every header's values, by lower-case name
 */
public record TransportHeaders(Map<String, List<String>> values) {

  public TransportHeaders {
    LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(list),
        (a, b) -> {
          java.util.ArrayList<String> both = new java.util.ArrayList<>(a);
          both.addAll(b);
          return List.copyOf(both);
        }));
    values = Map.copyOf(copy);
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> first(String name) {
    List<String> list = values.get(name.toLowerCase(Locale.ROOT));
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
  }

  /** Every value of a header (empty when absent). */
  public List<String> all(String name) {
    return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** The headers whose lower-case names start with {@code prefix} (lower case). */
  public Map<String, List<String>> withPrefix(String prefix) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    values.forEach((name, list) -> {
      if (name.startsWith(prefix)) {
        found.put(name, list);
      }
    });
    return found;
  }
}
