package io.jmcp.core;

import static io.jmcp.core.MatchProgram.CHAR;
import static io.jmcp.core.MatchProgram.CLASS;
import static io.jmcp.core.MatchProgram.JMP;
import static io.jmcp.core.MatchProgram.MATCH;
import static io.jmcp.core.MatchProgram.SAVE;
import static io.jmcp.core.MatchProgram.SPLIT;

import io.jmcp.core.TemplatePart.Expression;
import io.jmcp.core.TemplatePart.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles a parsed template to a {@link MatchProgram} that accepts exactly the URIs the matching
 * rules of {@link UriTemplate#match} describe. Each expression is wrapped in two capture slots
 * (its start and end); {@link MatchedValues} splits the captured text into variable values.
 *
 * <p>Every alternative is emitted with the preferred branch first: repetitions are greedy (an
 * earlier variable takes as much as it can), an optional expression prefers to be present, and an
 * unnamed value prefers to end before its first character that expansion would have encoded
 * (for '+' and '#': before its first '?' or '#').
 */
final class MatchCompiler {

  private byte[] op = new byte[64];
  private int[] x = new int[64];
  private int[] y = new int[64];
  private long[] excludedLow = new long[64];
  private long[] excludedHigh = new long[64];
  private int size;

  /**
   * A set of characters given by what it excludes: ASCII 0-63 and 64-127 as bit masks, and
   * whether it takes non-ASCII characters.
   */
  private record CharClass(long low, long high, boolean nonAscii) {

    /** Everything except the given ASCII characters. */
    static CharClass except(String chars) {
      long low = 0;
      long high = 0;
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c < 64) {
          low |= 1L << c;
        } else {
          high |= 1L << (c - 64);
        }
      }
      return new CharClass(low, high, true);
    }

    /** The characters percent-encoding produces: unreserved and '%'. */
    static CharClass encodedOutput() {
      long low = -1L;
      long high = -1L;
      for (char c = 0; c < 128; c++) {
        if (PercentEncoding.isUnreserved(c) || c == '%') {
          if (c < 64) {
            low &= ~(1L << c);
          } else {
            high &= ~(1L << (c - 64));
          }
        }
      }
      return new CharClass(low, high, false);
    }

    CharClass and(CharClass other) {
      return new CharClass(low | other.low, high | other.high, nonAscii && other.nonAscii);
    }
  }

  private MatchCompiler() {}

  static MatchProgram compile(List<TemplatePart> parts) {
    MatchCompiler compiler = new MatchCompiler();
    int expression = 0;
    for (TemplatePart part : parts) {
      switch (part) {
        case Literal literal -> compiler.literal(literal.text());
        case Expression e -> {
          compiler.emit(SAVE, 2 * expression, 0);
          if (e.operator().named) {
            compiler.named(e);
          } else {
            compiler.unnamed(e);
          }
          compiler.emit(SAVE, 2 * expression + 1, 0);
          expression++;
        }
      }
    }
    compiler.emit(MATCH, 0, 0);
    int n = compiler.size;
    return new MatchProgram(Arrays.copyOf(compiler.op, n), Arrays.copyOf(compiler.x, n),
        Arrays.copyOf(compiler.y, n), Arrays.copyOf(compiler.excludedLow, n),
        Arrays.copyOf(compiler.excludedHigh, n), 2 * expression);
  }

  /**
   * Literal text matches as written, hex digits of triplets in either case; a character that
   * expansion percent-encodes also matches in its encoded form.
   */
  private void literal(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        emitChar('%');
        emitHexDigit(text.charAt(i + 1));
        emitHexDigit(text.charAt(i + 2));
        i += 3;
      } else if (c < 0x80) {
        emitChar(c);
        i++;
      } else {
        int cp = text.codePointAt(i);
        int length = Character.charCount(cp);
        int split = emit(SPLIT, size + 1, 0);
        for (int j = 0; j < length; j++) {
          emitChar(text.charAt(i + j));
        }
        int jump = emit(JMP, 0, 0);
        y[split] = size;
        for (byte b : PercentEncoding.utf8(cp)) {
          emitChar('%');
          emitHexDigit(PercentEncoding.hexDigit(b >> 4));
          emitHexDigit(PercentEncoding.hexDigit(b));
        }
        x[jump] = size;
        i += length;
      }
    }
  }

  /**
   * The unnamed operators: {@code first piece (sep piece)*}, or nothing when the operator has a
   * first character. A piece excludes the separator when it separates variables (or, for '/',
   * always); then at most one piece per variable, any number if one is exploded.
   */
  private void unnamed(Expression e) {
    Operator operator = e.operator();
    int variables = e.variables().size();
    boolean explode = e.variables().stream().anyMatch(VarSpec::explode);
    String excluded = switch (operator) {
      case RESERVED, FRAGMENT -> "";
      default -> "/?#";
    };
    if (variables > 1) {
      excluded += operator.separator;
    }
    CharClass piece = CharClass.except(excluded);
    boolean separated = excluded.indexOf(operator.separator) >= 0;
    int skip = -1;
    if (!operator.first.isEmpty()) {
      skip = emit(SPLIT, size + 1, 0);
      emitChar(operator.first.charAt(0));
    }
    piece(operator, piece);
    if (separated) {
      if (explode) {
        int loop = emit(SPLIT, size + 1, 0);
        emitChar(operator.separator);
        piece(operator, piece);
        emit(JMP, loop, 0);
        y[loop] = size;
      } else {
        List<Integer> exits = new ArrayList<>();
        for (int j = 1; j < variables; j++) {
          exits.add(emit(SPLIT, size + 1, 0));
          emitChar(operator.separator);
          piece(operator, piece);
        }
        exits.forEach(exit -> y[exit] = size);
      }
    }
    if (skip >= 0) {
      y[skip] = size;
    }
  }

  /**
   * A value of an unnamed operator: any characters of {@code allowed}, preferring to end before
   * the first character expansion would not have written there (so a raw reserved character is
   * accepted, but does not pull the next expression's leading character into this value).
   */
  private void piece(Operator operator, CharClass allowed) {
    CharClass preferred = operator.allowReserved ? allowed.and(CharClass.except("?#"))
        : allowed.and(CharClass.encodedOutput());
    star(preferred);
    int choice = emit(SPLIT, size + 1, 0);
    int stop = emit(JMP, 0, 0);
    y[choice] = size;
    emitClass(allowed);
    star(allowed);
    x[stop] = size;
  }

  /**
   * The named operators: {@code first item (sep item)*} or nothing, where an item is one of the
   * expression's variable names, optionally followed by '=' and a value.
   */
  private void named(Expression e) {
    Operator operator = e.operator();
    CharClass value = CharClass.except(operator == Operator.PATH_PARAMETER ? ";/?#" : "&#");
    Set<String> names = new LinkedHashSet<>();
    e.variables().forEach(spec -> names.add(spec.name()));
    int skip = emit(SPLIT, size + 1, 0);
    emitChar(operator.first.charAt(0));
    int item = size;
    List<Integer> ends = new ArrayList<>();
    int remaining = names.size();
    for (String name : names) {
      int alternative = --remaining > 0 ? emit(SPLIT, size + 1, 0) : -1;
      for (int i = 0; i < name.length(); i++) {
        emitChar(name.charAt(i));
      }
      if (alternative >= 0) {
        ends.add(emit(JMP, 0, 0));
        y[alternative] = size;
      }
    }
    ends.forEach(end -> x[end] = size);
    int equals = emit(SPLIT, size + 1, 0);
    emitChar('=');
    star(value);
    y[equals] = size;
    int more = emit(SPLIT, size + 1, 0);
    emitChar(operator.separator);
    emit(JMP, item, 0);
    y[more] = size;
    y[skip] = size;
  }

  /** Greedy repetition of one character of a class. */
  private void star(CharClass allowed) {
    int loop = emit(SPLIT, size + 1, 0);
    emitClass(allowed);
    emit(JMP, loop, 0);
    y[loop] = size;
  }

  private void emitChar(char c) {
    emit(CHAR, c, c);
  }

  private void emitHexDigit(char hex) {
    emit(CHAR, Character.toUpperCase(hex), Character.toLowerCase(hex));
  }

  private void emitClass(CharClass allowed) {
    int pc = emit(CLASS, allowed.nonAscii() ? 1 : 0, 0);
    excludedLow[pc] = allowed.low();
    excludedHigh[pc] = allowed.high();
  }

  private int emit(byte code, int first, int second) {
    if (size == op.length) {
      int capacity = size * 2;
      op = Arrays.copyOf(op, capacity);
      x = Arrays.copyOf(x, capacity);
      y = Arrays.copyOf(y, capacity);
      excludedLow = Arrays.copyOf(excludedLow, capacity);
      excludedHigh = Arrays.copyOf(excludedHigh, capacity);
    }
    op[size] = code;
    x[size] = first;
    y[size] = second;
    return size++;
  }
}
