package io.jmcp.core;

import io.jmcp.core.TemplatePart.Expression;
import io.jmcp.core.TemplatePart.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses URI template text by the grammar of RFC 6570 section 2, levels 1 to 4. Errors name what is
 * wrong and the index where it is.
 *
 * <p>One deliberate leniency: the apostrophe is accepted in literals. RFC 6570's literal grammar
 * leaves it out, but RFC 3986 allows it as a sub-delimiter, so it is valid in the URIs a template
 * describes.
 */
final class TemplateParser {

  private static final int MAX_LENGTH = UriTemplate.MAX_LENGTH;
  private static final int MAX_EXPRESSIONS = UriTemplate.MAX_EXPRESSIONS;

  private final String text;
  private final List<TemplatePart> parts = new ArrayList<>();
  private final StringBuilder literal = new StringBuilder();
  private int index;
  private int expressions;

  private TemplateParser(String text) {
    this.text = text;
  }

  static List<TemplatePart> parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("URI template is " + text.length()
          + " characters long; at most " + MAX_LENGTH + " are allowed");
    }
    TemplateParser parser = new TemplateParser(text);
    parser.parseAll();
    return List.copyOf(parser.parts);
  }

  private void parseAll() {
    while (index < text.length()) {
      char c = text.charAt(index);
      if (c == '{') {
        flushLiteral();
        if (++expressions > MAX_EXPRESSIONS) {
          throw error("more than " + MAX_EXPRESSIONS + " expressions", index);
        }
        parts.add(parseExpression());
      } else if (c == '%') {
        if (!PercentEncoding.isTriplet(text, index)) {
          throw error("'%' not followed by two hex digits", index);
        }
        literal.append(text, index, index + 3);
        index += 3;
      } else if (c == '}') {
        throw error("'}' without a matching '{'", index);
      } else {
        int cp = text.codePointAt(index);
        if (!isLiteral(cp)) {
          throw error(describe(cp) + " is not allowed in a URI template", index);
        }
        literal.appendCodePoint(cp);
        index += Character.charCount(cp);
      }
    }
    flushLiteral();
  }

  private void flushLiteral() {
    if (!literal.isEmpty()) {
      String raw = literal.toString();
      StringBuilder expanded = new StringBuilder(raw.length());
      PercentEncoding.encode(raw, true, expanded);
      parts.add(new Literal(raw, expanded.toString()));
      literal.setLength(0);
    }
  }

  private Expression parseExpression() {
    int start = index;
    index++;
    char c = peek(start);
    Operator operator = Operator.of(c);
    if (operator != null) {
      index++;
    } else if (Operator.isReserved(c)) {
      throw error("operator '" + c + "' is reserved by RFC 6570 for future extensions", index);
    } else {
      operator = Operator.SIMPLE;
    }
    List<VarSpec> variables = new ArrayList<>();
    while (true) {
      variables.add(parseVarSpec(start));
      char next = peek(start);
      index++;
      if (next == '}') {
        return new Expression(operator, variables);
      }
      if (next != ',') {
        throw error("unexpected " + describe(next) + " in the expression starting at index "
            + start, index - 1);
      }
    }
  }

  private VarSpec parseVarSpec(int expressionStart) {
    String name = parseVarName(expressionStart);
    char c = peek(expressionStart);
    if (c == '*') {
      index++;
      return new VarSpec(name, 0, true);
    }
    if (c != ':') {
      return new VarSpec(name, 0, false);
    }
    index++;
    int digitsStart = index;
    while (index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9'
        && index - digitsStart < 5) {
      index++;
    }
    String digits = text.substring(digitsStart, index);
    if (digits.isEmpty() || digits.length() > 4 || digits.charAt(0) == '0') {
      throw error("prefix length must be a number from 1 to 9999", digitsStart);
    }
    return new VarSpec(name, Integer.parseInt(digits), false);
  }

  /** varname = varchar *( ["."] varchar ); varchar = ALPHA / DIGIT / "_" / pct-encoded. */
  private String parseVarName(int expressionStart) {
    int start = index;
    boolean afterVarchar = false;
    while (true) {
      char c = peek(expressionStart);
      if (isVarchar(c)) {
        index++;
      } else if (c == '%') {
        if (!PercentEncoding.isTriplet(text, index)) {
          throw error("'%' not followed by two hex digits", index);
        }
        index += 3;
      } else if (c == '.' && afterVarchar) {
        index++;
        afterVarchar = false;
        continue;
      } else if (index > start && !afterVarchar) {
        throw error("'.' in a variable name must be followed by a letter, digit, '_' or '%XX'",
            index - 1);
      } else {
        break;
      }
      afterVarchar = true;
    }
    if (index == start) {
      throw error("expected a variable name but found " + describe(peek(expressionStart)), index);
    }
    return text.substring(start, index);
  }

  private char peek(int expressionStart) {
    if (index >= text.length()) {
      throw error("unclosed expression: '{' has no matching '}'", expressionStart);
    }
    return text.charAt(index);
  }

  private static boolean isVarchar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * RFC 6570 literals: ASCII except controls, space, '"', '%' (outside triplets), '<', '>', '\',
   * '^', '`', '{', '|', '}'; and the ucschar and iprivate ranges of RFC 3987.
   */
  private static boolean isLiteral(int cp) {
    if (cp < 0x80) {
      return cp > 0x20 && cp < 0x7F && "\"%<>\\^`{|}".indexOf(cp) < 0;
    }
    if (cp <= 0xFFFF) {
      return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFDCF)
          || (cp >= 0xFDF0 && cp <= 0xFFEF);
    }
    return (cp & 0xFFFF) <= 0xFFFD && !(cp >= 0xE0000 && cp <= 0xE0FFF);
  }

  private static String describe(int cp) {
    if (cp > 0x20 && cp < 0x7F) {
      return "'" + (char) cp + "'";
    }
    return String.format("U+%04X", cp);
  }

  private static boolean isPrintable(int cp) {
    return !Character.isISOControl(cp) && !(cp <= 0xFFFF && Character.isSurrogate((char) cp));
  }

  private IllegalArgumentException error(String what, int at) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(100).forEach(cp -> shown.appendCodePoint(isPrintable(cp) ? cp : '?'));
    if (text.length() > shown.length()) {
      shown.append("...");
    }
    return new IllegalArgumentException(
        "invalid URI template at index " + at + ": " + what + " (template: \"" + shown + "\")");
  }
}
