package io.jmcp.core;

import io.jmcp.core.TemplatePart.Expression;
import io.jmcp.core.TemplatePart.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Template expansion, RFC 6570 section 3 (the algorithm of appendix A). A value is a string (any
 * object is taken by its {@code toString()}), a list ({@link Collection} or array) or an
 * associative array ({@link Map}). Null, an empty list and a map without non-null values are
 * undefined and skipped; null list members and map entries with null keys or values are skipped.
 */
final class Expansion {

  private Expansion() {}

  static String expand(List<TemplatePart> parts, Map<String, ?> variables) {
    StringBuilder out = new StringBuilder();
    for (TemplatePart part : parts) {
      switch (part) {
        case Literal literal -> out.append(literal.expanded());
        case Expression expression -> expand(expression, variables, out);
      }
    }
    return out.toString();
  }

  private static void expand(Expression expression, Map<String, ?> variables, StringBuilder out) {
    Operator op = expression.operator();
    boolean first = true;
    for (VarSpec spec : expression.variables()) {
      Object value = variables.get(spec.name());
      if (value == null) {
        continue;
      }
      @Nullable List<String> pairs = value instanceof Map<?, ?> map ? pairs(map) : null;
      @Nullable List<String> list = pairs == null ? members(value) : null;
      if ((pairs != null && pairs.isEmpty()) || (list != null && list.isEmpty())) {
        continue;
      }
      out.append(first ? op.first : String.valueOf(op.separator));
      first = false;
      if (pairs == null && list == null) {
        appendString(spec, op, value.toString(), out);
      } else if (spec.maxLength() > 0) {
        throw new IllegalArgumentException("variable '" + spec.name()
            + "' has a list or map value; a prefix modifier (:" + spec.maxLength()
            + ") applies only to strings (RFC 6570 section 2.4.1)");
      } else if (spec.explode()) {
        appendExploded(spec, op, list, pairs, out);
      } else {
        if (op.named) {
          out.append(spec.name()).append('=');
        }
        appendJoined(op, list != null ? list : pairs != null ? pairs : List.of(), out);
      }
    }
  }

  private static void appendString(VarSpec spec, Operator op, String value, StringBuilder out) {
    if (op.named) {
      out.append(spec.name());
      if (value.isEmpty()) {
        out.append(op.ifEmpty);
        return;
      }
      out.append('=');
    }
    String shown = value;
    if (spec.maxLength() > 0 && value.codePointCount(0, value.length()) > spec.maxLength()) {
      shown = value.substring(0, value.offsetByCodePoints(0, spec.maxLength()));
    }
    PercentEncoding.encode(shown, op.allowReserved, out);
  }

  private static void appendExploded(VarSpec spec, Operator op, @Nullable List<String> list,
      @Nullable List<String> pairs, StringBuilder out) {
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(op.separator);
        }
        if (op.named) {
          out.append(spec.name());
          appendNamedValue(op, list.get(i), out);
        } else {
          PercentEncoding.encode(list.get(i), op.allowReserved, out);
        }
      }
      return;
    }
    if (pairs == null) {
      return;
    }
    for (int i = 0; i < pairs.size(); i += 2) {
      if (i > 0) {
        out.append(op.separator);
      }
      PercentEncoding.encode(pairs.get(i), op.allowReserved, out);
      if (op.named) {
        appendNamedValue(op, pairs.get(i + 1), out);
      } else {
        out.append('=');
        PercentEncoding.encode(pairs.get(i + 1), op.allowReserved, out);
      }
    }
  }

  private static void appendNamedValue(Operator op, String value, StringBuilder out) {
    if (value.isEmpty()) {
      out.append(op.ifEmpty);
    } else {
      out.append('=');
      PercentEncoding.encode(value, op.allowReserved, out);
    }
  }

  private static void appendJoined(Operator op, List<String> values, StringBuilder out) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      PercentEncoding.encode(values.get(i), op.allowReserved, out);
    }
  }

  /** The members of a list value, or null if the value is not a list. */
  private static @Nullable List<String> members(Object value) {
    Iterable<?> items;
    if (value instanceof Collection<?> collection) {
      items = collection;
    } else if (value instanceof Object[] array) {
      items = Arrays.asList(array);
    } else {
      return null;
    }
    List<String> members = new ArrayList<>();
    for (Object item : items) {
      if (item != null) {
        members.add(item.toString());
      }
    }
    return members;
  }

  /** The defined (name, value) pairs of a map, flattened as name, value, name, value. */
  private static List<String> pairs(Map<?, ?> map) {
    List<String> pairs = new ArrayList<>();
    map.forEach((key, value) -> {
      if (key != null && value != null) {
        pairs.add(key.toString());
        pairs.add(value.toString());
      }
    });
    return pairs;
  }
}
