package io.jmcp.servers.internal.json;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree the way another runtime would, byte for byte: the official reference
 * servers return {@code JSON.stringify(value, null, 2)} (JavaScript, ECMA-262 §25.5.2) or
 * {@code json.dumps(value, indent=2)} (Python), and a model or a file shared with them sees the
 * same text from jmcp's servers.
 *
 * <p>The two differ in string escaping: JavaScript writes every character as is except quotes,
 * backslashes, control characters and lone surrogates; Python (with its default
 * {@code ensure_ascii}) also escapes everything outside printable ASCII.
 */
public enum JsonText {

  /** {@code JSON.stringify(value, null, indent)}; indent 0 is the compact form. */
  JAVASCRIPT,
  /** {@code json.dumps(value, indent=indent)} with {@code ensure_ascii}; indent must be &gt; 0. */
  PYTHON;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The text of {@code value} with {@code indent} spaces per level (0: all on one line). */
  public String write(JsonNode value, int indent) {
    if (indent < 0 || (this == PYTHON && indent == 0)) {
      throw new IllegalArgumentException("indent " + indent + " is not supported for " + this);
    }
    StringBuilder out = new StringBuilder();
    write(value, indent, 0, out);
    return out.toString();
  }

  private void write(JsonNode value, int indent, int depth, StringBuilder out) {
    if (value.isObject()) {
      writeObject(value, indent, depth, out);
    } else if (value.isArray()) {
      writeArray(value, indent, depth, out);
    } else if (value.isString()) {
      quote(value.stringValue(), out);
    } else if (value.isBoolean()) {
      out.append(value.booleanValue());
    } else if (value.isIntegralNumber()) {
      out.append(value.bigIntegerValue());
    } else if (value.isBigDecimal()) {
      // Only a source with exact decimals makes these (SQL NUMERIC); their digits are kept.
      out.append(value.decimalValue().toPlainString());
    } else if (value.isNumber()) {
      out.append(number(value.doubleValue()));
    } else {
      out.append("null");
    }
  }

  private void writeObject(JsonNode object, int indent, int depth, StringBuilder out) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      out.append(first ? "" : ",");
      first = false;
      newline(indent, depth + 1, out);
      quote(member.getKey(), out);
      out.append(indent == 0 ? ":" : ": ");
      write(member.getValue(), indent, depth + 1, out);
    }
    newline(indent, depth, out);
    out.append('}');
  }

  private void writeArray(JsonNode array, int indent, int depth, StringBuilder out) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      out.append(i == 0 ? "" : ",");
      newline(indent, depth + 1, out);
      write(array.get(i), indent, depth + 1, out);
    }
    newline(indent, depth, out);
    out.append(']');
  }

  private static void newline(int indent, int depth, StringBuilder out) {
    if (indent > 0) {
      out.append('\n').repeat(' ', indent * depth);
    }
  }

  /** A string literal with this runtime's escapes. */
  public String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    quote(text, out);
    return out.toString();
  }

  private void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (mustEscape(text, i, c)) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private boolean mustEscape(String text, int index, char c) {
    if (c < 0x20) {
      return true;
    }
    return switch (this) {
      case PYTHON -> c > 0x7E;
      case JAVASCRIPT -> isLoneSurrogate(text, index, c);
    };
  }

  private static boolean isLoneSurrogate(String text, int index, char c) {
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return false;
  }

  /** A non-integral number as this runtime prints it (JSON has no NaN or infinity). */
  private String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return this == JAVASCRIPT ? "null" : value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
    }
    // Both runtimes print the shortest digits that round-trip; only the layout differs.
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    return switch (this) {
      case JAVASCRIPT -> exponent >= 21 || exponent <= -7
          ? scientific(shortest, exponent, "e+", "e-", 1) : plain(shortest, false);
      case PYTHON -> exponent >= 16 || exponent < -4
          ? scientific(shortest, exponent, "e+", "e-", 2) : plain(shortest, true);
    };
  }

  private static String plain(BigDecimal value, boolean pointZero) {
    String text = value.toPlainString();
    return pointZero && text.indexOf('.') < 0 ? text + ".0" : text;
  }

  private static String scientific(BigDecimal value, int exponent, String plus, String minus,
      int exponentDigits) {
    String digits = value.unscaledValue().abs().toString();
    StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "").append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    String power = Integer.toString(Math.abs(exponent));
    return out.append(exponent < 0 ? minus : plus)
        .append("0".repeat(Math.max(0, exponentDigits - power.length()))).append(power).toString();
  }
}
