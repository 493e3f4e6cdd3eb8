package io.jmcp.core;

import io.jmcp.core.TemplatePart.Expression;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads variable values out of the text each expression matched (see {@link UriTemplate#match}
 * for the rules). The automaton has already checked the shape of that text, so this pass cannot
 * fail: it is one linear scan per expression that splits pieces and items and decodes them.
 */
final class MatchedValues {

  private final String uri;
  private final Map<String, String> values = new HashMap<>();

  private MatchedValues(String uri) {
    this.uri = uri;
  }

  static Map<String, String> read(List<TemplatePart> parts, List<String> variableNames,
      String uri, int[] positions) {
    MatchedValues reader = new MatchedValues(uri);
    int expression = 0;
    for (TemplatePart part : parts) {
      if (part instanceof Expression e) {
        int start = positions[2 * expression];
        int end = positions[2 * expression + 1];
        expression++;
        if (e.operator().named) {
          reader.named(e, start, end);
        } else {
          reader.unnamed(e, start, end);
        }
      }
    }
    Map<String, String> inTemplateOrder = new LinkedHashMap<>();
    for (String name : variableNames) {
      String value = reader.values.get(name);
      if (value != null) {
        inTemplateOrder.put(name, value);
      }
    }
    return Collections.unmodifiableMap(inTemplateOrder);
  }

  private void unnamed(Expression e, int start, int end) {
    Operator operator = e.operator();
    List<VarSpec> variables = e.variables();
    if (start == end) {
      if (operator.first.isEmpty()) {
        put(variables.get(0).name(), "");
      }
      return;
    }
    int from = start + operator.first.length();
    if (variables.size() == 1) {
      put(variables.get(0).name(), PercentEncoding.decode(uri, from, end));
      return;
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
  }

  private void named(Expression e, int start, int end) {
    if (start == end) {
      return;
    }
    Operator operator = e.operator();
    Set<String> exploded = new HashSet<>();
    e.variables().stream().filter(VarSpec::explode).forEach(spec -> exploded.add(spec.name()));
    Map<String, StringBuilder> joined = new LinkedHashMap<>();
    int itemStart = start + 1;
    while (itemStart <= end) {
      int itemEnd = indexOf(operator.separator, itemStart, end);
      int equals = indexOf('=', itemStart, itemEnd);
      String name = uri.substring(itemStart, equals);
      String value = equals < itemEnd ? PercentEncoding.decode(uri, equals + 1, itemEnd) : "";
      StringBuilder values = joined.get(name);
      if (values == null) {
        joined.put(name, new StringBuilder(value));
      } else if (exploded.contains(name)) {
        values.append(',').append(value);
      } else {
        put(name, value);
      }
      itemStart = itemEnd + 1;
    }
    joined.forEach((name, values) -> put(name, values.toString()));
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

  /**
   * A variable seen more than once keeps its longest value: a prefix {@code :n} occurrence is
   * shorter than the full one, and one rule for every repeat keeps the automaton the only judge
   * of whether a URI matches.
   */
  private void put(String name, String value) {
    String existing = values.get(name);
    if (existing == null || existing.length() < value.length()) {
      values.put(name, value);
    }
  }
}
