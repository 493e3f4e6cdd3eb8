package io.jmcp.core;

/**
 * A bound on the work of regular-expression matching over text from a peer: the JDK matcher
 * backtracks without limit, so a hostile pattern or input can stall a thread for hours. The text
 * a matcher reads through {@link #charge} costs one read per character it looks at, however often
 * it revisits one; past the budget the read throws {@link Exhausted} and the match is abandoned.
 * Linear matching never comes near a budget of a few hundred reads per character.
 *
 * <p>One budget serves one caller at a time (several matches of the same input may share it).
 */
public final class ReadBudget {

  private long left;

  /** A budget of {@code base} reads plus {@code perCharacter} for each character of {@code text}. */
  public static ReadBudget forText(String text, long base, long perCharacter) {
    return new ReadBudget(base + perCharacter * text.length());
  }

  public ReadBudget(long reads) {
    this.left = reads;
  }

  /** {@code text} as a matcher input whose every character read is charged to this budget. */
  public CharSequence charge(String text) {
    return new Charged(text, this);
  }

  /** The budget ran out: the match would have cost too much. */
  public static final class Exhausted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("a regular expression backtracked too much", null, false, false);
    }
  }

  private record Charged(String text, ReadBudget budget) implements CharSequence {

    @Override
    public char charAt(int index) {
      if (--budget.left < 0) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Charged(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
