package io.jmcp.core;

import io.jmcp.core.TemplatePart.Expression;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads variable values out of the text each expression matched (see {@link UriTemplate#match}
 * for the rules). The automaton has already checked the shape of that text, so this pass is a
 * single linear scan per expression; its one way to fail is a repeated parameter of a variable
 * that is not exploded.
 */
final class MatchedValues {

  private final String uri;
  private final Map<String, String> values = new LinkedHashMap<>();

  private MatchedValues(String uri) {
    this.uri = uri;
  }

  static Optional<Map<String, String>> read(List<TemplatePart> parts, String uri,
      int[] positions) {
    MatchedValues reader = new MatchedValues(uri);
    int expression = 0;
    for (TemplatePart part : parts) {
      if (part instanceof Expression e) {
        int start = positions[2 * expression];
        int end = positions[2 * expression + 1];
        expression++;
        boolean read = e.operator().named ? reader.named(e, start, end)
            : reader.unnamed(e, start, end);
        if (!read) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(Collections.unmodifiableMap(reader.values));
  }

  private boolean unnamed(Expression e, int start, int end) {
    Operator operator = e.operator();
    List<VarSpec> variables = e.variables();
    if (start == end) {
      if (operator.first.isEmpty()) {
        put(variables.get(0).name(), "");
      }
      return true;
    }
    int from = start + operator.first.length();
    if (variables.size() == 1) {
      put(variables.get(0).name(), PercentEncoding.decode(uri, from, end));
      return true;
    }
    char separator = operator.separator;
    int pieces = 1;
    for (int i = from; i < end; i++) {
      if (uri.charAt(i) == separator) {
        pieces++;
      }
    }
    int pieceStart = from;
    int used = 0;
    for (int v = 0; v < variables.size() && used < pieces; v++) {
      VarSpec spec = variables.get(v);
      int later = variables.size() - 1 - v;
      int take = spec.explode() ? Math.max(1, pieces - used - later) : 1;
      int pieceEnd = pieceStart - 1;
      for (int p = 0; p < take; p++) {
        pieceEnd = indexOf(separator, pieceEnd + 1, end);
      }
      put(spec.name(), PercentEncoding.decode(uri, pieceStart, pieceEnd));
      used += take;
      pieceStart = pieceEnd + 1;
    }
    return true;
  }

  private boolean named(Expression e, int start, int end) {
    if (start == end) {
      return true;
    }
    Operator operator = e.operator();
    Map<String, VarSpec> byName = new HashMap<>();
    for (VarSpec spec : e.variables()) {
      byName.merge(spec.name(), spec, (a, b) -> a.explode() ? a : b);
    }
    Map<String, StringBuilder> exploded = new LinkedHashMap<>();
    Map<String, String> single = new LinkedHashMap<>();
    int itemStart = start + 1;
    while (itemStart <= end) {
      int itemEnd = indexOf(operator.separator, itemStart, end);
      int equals = indexOf('=', itemStart, itemEnd);
      String name = uri.substring(itemStart, equals);
      String value = equals < itemEnd ? PercentEncoding.decode(uri, equals + 1, itemEnd) : "";
      VarSpec spec = byName.get(name);
      if (spec == null) {
        return false;
      }
      if (spec.explode()) {
        StringBuilder joined = exploded.get(name);
        if (joined == null) {
          exploded.put(name, new StringBuilder(value));
        } else {
          joined.append(',').append(value);
        }
      } else if (single.putIfAbsent(name, value) != null) {
        return false;
      }
      itemStart = itemEnd + 1;
    }
    single.forEach(this::put);
    exploded.forEach((name, joined) -> put(name, joined.toString()));
    return true;
  }

  /** The first index of {@code c} in {@code uri[from, end)}, or {@code end}. */
  private int indexOf(char c, int from, int end) {
    for (int i = from; i < end; i++) {
      if (uri.charAt(i) == c) {
        return i;
      }
    }
    return end;
  }

  /** A variable used more than once keeps its longest value (a prefix {@code :n} is shorter). */
  private void put(String name, String value) {
    String existing = values.get(name);
    if (existing == null || existing.length() < value.length()) {
      values.put(name, value);
    }
  }
}
