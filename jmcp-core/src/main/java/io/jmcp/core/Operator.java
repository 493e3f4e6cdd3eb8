package io.jmcp.core;

import org.jspecify.annotations.Nullable;

/**
 * The expression operators of RFC 6570 and how each expands (the table in appendix A of the RFC):
 * the string put before the first defined value, the separator between values, whether values are
 * named ({@code name=value}), what follows a name whose value is empty, and whether reserved
 * characters and percent-encoded triplets pass through unencoded.
 */
enum Operator {
  SIMPLE('\0', "", ',', false, "", false),
  RESERVED('+', "", ',', false, "", true),
  FRAGMENT('#', "#", ',', false, "", true),
  LABEL('.', ".", '.', false, "", false),
  PATH_SEGMENT('/', "/", '/', false, "", false),
  PATH_PARAMETER(';', ";", ';', true, "", false),
  QUERY('?', "?", '&', true, "=", false),
  QUERY_CONTINUATION('&', "&", '&', true, "=", false);

  final char symbol;
  final String first;
  final char separator;
  final boolean named;
  final String ifEmpty;
  final boolean allowReserved;

  Operator(char symbol, String first, char separator, boolean named, String ifEmpty,
      boolean allowReserved) {
    this.symbol = symbol;
    this.first = first;
    this.separator = separator;
    this.named = named;
    this.ifEmpty = ifEmpty;
    this.allowReserved = allowReserved;
  }

  /** The operator a character after '{' stands for, or null if it is not an operator. */
  static @Nullable Operator of(char c) {
    for (Operator operator : values()) {
      if (operator != SIMPLE && operator.symbol == c) {
        return operator;
      }
    }
    return null;
  }

  /** The operators RFC 6570 reserves for future extensions; a template using one is invalid. */
  static boolean isReserved(char c) {
    return c == '=' || c == ',' || c == '!' || c == '@' || c == '|';
  }
}
