package io.jmcp.servers.sql;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON text laid out as JavaScript's {@code JSON.stringify(value, null, 2)} lays it out, which is
 * what the official server returns: two-space indentation, {@code "name": value}, empty
 * containers as {@code []} and {@code {}}, numbers as JavaScript prints them.
 */
final class JsonText {

  private JsonText() {
  }

  static String of(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, 0, out);
    return out.toString();
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
      if (!members.hasNext()) {
        out.append("{}");
        return;
      }
      out.append('{');
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        newline(depth + 1, out);
        quote(member.getKey(), out);
        out.append(": ");
        write(member.getValue(), depth + 1, out);
        out.append(members.hasNext() ? "," : "");
      }
      newline(depth, out);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        newline(depth + 1, out);
        write(node.get(i), depth + 1, out);
        out.append(i + 1 < node.size() ? "," : "");
      }
      newline(depth, out);
      out.append(']');
    } else if (node.isString()) {
      quote(node.stringValue(), out);
    } else if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
      out.append(number(node.doubleValue()));
    } else if (node.isBigDecimal()) {
      out.append(node.decimalValue().toPlainString());
    } else {
      out.append(node.toString());
    }
  }

  private static void newline(int depth, StringBuilder out) {
    out.append('\n').append("  ".repeat(depth));
  }

  /** A string literal: quote, backslash and control characters escaped, nothing else. */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
              && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
          if (c < 0x20 || loneSurrogate) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
            if (Character.isHighSurrogate(c)) {
              out.append(text.charAt(++i));
            }
          }
        }
      }
    }
    out.append('"');
  }

  /** A double as JavaScript prints it; JSON has no NaN or infinities, which become null. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-6 && magnitude < 1e21) {
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
    String[] parts = Double.toString(value).split("E");
    String mantissa = parts[0].endsWith(".0")
        ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
    String exponent = parts.length > 1 ? parts[1] : "0";
    return mantissa + "e" + (exponent.startsWith("-") ? exponent : "+" + exponent);
  }
}
