package io.jmcp.core;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A URI template compiled to a nondeterministic automaton, run as a Pike VM (Thompson's
 * construction, simulated breadth-first with one thread per state and priorities for captures).
 *
 * <p>Why this shape: the URI comes from an untrusted peer. The simulation reads each character of
 * the input once and keeps at most one thread per instruction, so a run costs O(n·k) for input
 * length n and program size k (bounded by the template), never backtracks, and uses no recursion:
 * epsilon moves are followed with an explicit stack sized by the program. Among the ways to match,
 * the VM reports the one a backtracking matcher would find first; the compiler orders alternatives
 * so that this is the documented preference.
 *
 * <p>Instructions: {@code CHAR} consumes one character equal to either of two operands (two
 * differ only for case-insensitive hex digits); {@code CLASS} consumes one character outside two
 * 64-bit ASCII exclusion masks, or a non-ASCII one if its operand says so; {@code SPLIT} forks,
 * preferring its first target; {@code JMP} jumps; {@code SAVE} records the position in a capture
 * slot; {@code MATCH} accepts at the end of the input.
 */
final class MatchProgram {

  static final byte CHAR = 0;
  static final byte CLASS = 1;
  static final byte SPLIT = 2;
  static final byte JMP = 3;
  static final byte SAVE = 4;
  static final byte MATCH = 5;

  private final byte[] op;
  private final int[] x;
  private final int[] y;
  private final long[] excludedLow;
  private final long[] excludedHigh;
  private final int slots;

  MatchProgram(byte[] op, int[] x, int[] y, long[] excludedLow, long[] excludedHigh, int slots) {
    this.op = op;
    this.x = x;
    this.y = y;
    this.excludedLow = excludedLow;
    this.excludedHigh = excludedHigh;
    this.slots = slots;
  }

  /** Captures as a persistent list, so a SAVE costs O(1) however many slots there are. */
  private record Capture(int slot, int position, @Nullable Capture previous) {}

  /** Per-run state: two thread lists, the visited marks and the epsilon stack. */
  private final class Run {
    int[] current = new int[op.length];
    @Nullable Capture[] currentCaptures = new Capture[op.length];
    int currentCount;
    int[] next = new int[op.length];
    @Nullable Capture[] nextCaptures = new Capture[op.length];
    int nextCount;
    final int[] markedAt = new int[op.length];
    final int[] stack = new int[2 * op.length + 2];
    final @Nullable Capture[] stackCaptures = new Capture[2 * op.length + 2];

    Run() {
      Arrays.fill(markedAt, -1);
    }

    /** Adds the thread at {@code start} and every state reachable from it without input. */
    void add(int start, @Nullable Capture captures, int position) {
      int top = 0;
      stack[top] = start;
      stackCaptures[top++] = captures;
      while (top > 0) {
        top--;
        int pc = stack[top];
        @Nullable Capture capture = stackCaptures[top];
        stackCaptures[top] = null;
        if (markedAt[pc] == position) {
          continue;
        }
        markedAt[pc] = position;
        switch (op[pc]) {
          case JMP -> {
            stack[top] = x[pc];
            stackCaptures[top++] = capture;
          }
          case SPLIT -> {
            stack[top] = y[pc];
            stackCaptures[top++] = capture;
            stack[top] = x[pc];
            stackCaptures[top++] = capture;
          }
          case SAVE -> {
            stack[top] = pc + 1;
            stackCaptures[top++] = new Capture(x[pc], position, capture);
          }
          default -> {
            next[nextCount] = pc;
            nextCaptures[nextCount++] = capture;
          }
        }
      }
    }

    void swap() {
      int[] threads = current;
      current = next;
      next = threads;
      @Nullable Capture[] captures = currentCaptures;
      currentCaptures = nextCaptures;
      nextCaptures = captures;
      Arrays.fill(captures, 0, currentCount, null);
      currentCount = nextCount;
      nextCount = 0;
    }
  }

  /**
   * Matches the whole input. Returns the capture positions (slot i at index i, -1 if never
   * recorded) of the preferred match, or null if the input does not match.
   */
  int @Nullable [] run(String input) {
    Run run = new Run();
    run.add(0, null, 0);
    run.swap();
    for (int i = 0; i < input.length() && run.currentCount > 0; i++) {
      char c = input.charAt(i);
      for (int t = 0; t < run.currentCount; t++) {
        int pc = run.current[t];
        if (consumes(pc, c)) {
          run.add(pc + 1, run.currentCaptures[t], i + 1);
        }
      }
      run.swap();
    }
    if (run.currentCount == 0) {
      return null;
    }
    for (int t = 0; t < run.currentCount; t++) {
      if (op[run.current[t]] == MATCH) {
        return positions(run.currentCaptures[t]);
      }
    }
    return null;
  }

  private boolean consumes(int pc, char c) {
    return switch (op[pc]) {
      case CHAR -> c == x[pc] || c == y[pc];
      case CLASS -> c < 64 ? (excludedLow[pc] & (1L << c)) == 0
          : c < 128 ? (excludedHigh[pc] & (1L << (c - 64))) == 0 : x[pc] != 0;
      default -> false;
    };
  }

  private int[] positions(@Nullable Capture captures) {
    int[] positions = new int[slots];
    Arrays.fill(positions, -1);
    for (Capture c = captures; c != null; c = c.previous()) {
      if (positions[c.slot()] < 0) {
        positions[c.slot()] = c.position();
      }
    }
    return positions;
  }
}
