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
 * earlier variable takes as much as it can), an optional expression prefers to be present, and a
 * '+' or '#' value prefers to end just before its first '?' or '#'.
 */
final class MatchCompiler {

  private byte[] op = new byte[64];
  private int[] x = new int[64];
  private int[] y = new int[64];
  private long[] excluded = new long[64];
  private int size;

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
        Arrays.copyOf(compiler.y, n), Arrays.copyOf(compiler.excluded, n), 2 * expression);
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
    long pieceMask = switch (operator) {
      case RESERVED, FRAGMENT -> 0L;
      default -> bits("/?#");
    };
    if (variables > 1) {
      pieceMask |= bit(operator.separator);
    }
    int skip = -1;
    if (!operator.first.isEmpty()) {
      skip = emit(SPLIT, size + 1, 0);
      emitChar(operator.first.charAt(0));
    }
    piece(operator, pieceMask);
    if ((pieceMask & bit(operator.separator)) != 0) {
      if (explode) {
        int loop = emit(SPLIT, size + 1, 0);
        emitChar(operator.separator);
        piece(operator, pieceMask);
        emit(JMP, loop, 0);
        y[loop] = size;
      } else {
        List<Integer> exits = new ArrayList<>();
        for (int j = 1; j < variables; j++) {
          exits.add(emit(SPLIT, size + 1, 0));
          emitChar(operator.separator);
          piece(operator, pieceMask);
        }
        exits.forEach(exit -> y[exit] = size);
      }
    }
    if (skip >= 0) {
      y[skip] = size;
    }
  }

  private void piece(Operator operator, long mask) {
    if (!operator.allowReserved) {
      star(mask);
      return;
    }
    star(mask | bits("?#"));
    int choice = emit(SPLIT, size + 1, 0);
    int stop = emit(JMP, 0, 0);
    y[choice] = size;
    emit(CHAR, '?', '#');
    star(mask);
    x[stop] = size;
  }

  /**
   * The named operators: {@code first item (sep item)*} or nothing, where an item is one of the
   * expression's variable names, optionally followed by '=' and a value.
   */
  private void named(Expression e) {
    Operator operator = e.operator();
    long valueMask = operator == Operator.PATH_PARAMETER ? bits(";/?#") : bits("&#");
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
    int value = emit(SPLIT, size + 1, 0);
    emitChar('=');
    star(valueMask);
    y[value] = size;
    int more = emit(SPLIT, size + 1, 0);
    emitChar(operator.separator);
    emit(JMP, item, 0);
    y[more] = size;
    y[skip] = size;
  }

  /** Greedy repetition of one character outside {@code mask}. */
  private void star(long mask) {
    int loop = emit(SPLIT, size + 1, 0);
    emitClass(mask);
    emit(JMP, loop, 0);
    y[loop] = size;
  }

  private static long bits(String chars) {
    long mask = 0;
    for (int i = 0; i < chars.length(); i++) {
      mask |= bit(chars.charAt(i));
    }
    return mask;
  }

  /** Every character a mask excludes is ASCII below 64, so one long holds the set. */
  private static long bit(char c) {
    if (c >= 64) {
      throw new IllegalStateException("exclusion masks cover characters below 64 only: " + c);
    }
    return 1L << c;
  }

  private void emitChar(char c) {
    emit(CHAR, c, c);
  }

  private void emitHexDigit(char hex) {
    emit(CHAR, Character.toUpperCase(hex), Character.toLowerCase(hex));
  }

  private void emitClass(long mask) {
    int pc = emit(CLASS, 0, 0);
    excluded[pc] = mask;
  }

  private int emit(byte code, int first, int second) {
    if (size == op.length) {
      int capacity = size * 2;
      op = Arrays.copyOf(op, capacity);
      x = Arrays.copyOf(x, capacity);
      y = Arrays.copyOf(y, capacity);
      excluded = Arrays.copyOf(excluded, capacity);
    }
    op[size] = code;
    x[size] = first;
    y[size] = second;
    return size++;
  }
}
