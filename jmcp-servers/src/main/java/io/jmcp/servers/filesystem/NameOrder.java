package io.jmcp.servers.filesystem;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The orders the official server lists names in. {@link #BYTES} is the order Node's
 * {@code readdir} returns (the bytes of the UTF-8 names). {@link #NATURAL} approximates
 * JavaScript's {@code localeCompare} (the Unicode collation algorithm with CLDR root data):
 * punctuation and symbols, then digits, then letters, comparing base characters first, then
 * accents, then case with lower case first; {@code "a"}, {@code "A"}, {@code "b"}, {@code "B"}.
 */
final class NameOrder {

  /** Byte order of the UTF-8 encoded names, as {@code strcmp}. */
  static final Comparator<String> BYTES = (left, right) -> Arrays.compareUnsigned(
      left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));

  /** Close to {@code localeCompare}, ending ties in {@link #BYTES} order. */
  static final Comparator<String> NATURAL = NameOrder::compareNaturally;

  /** ASCII punctuation and symbols in the order the root collation sorts them. */
  private static final String PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
  private static final int DIGITS = 0x200000;
  private static final int LETTERS = 0x300000;

  private NameOrder() {
  }

  private static int compareNaturally(String left, String right) {
    int[][] a = keys(left);
    int[][] b = keys(right);
    for (int level = 0; level < 3; level++) {
      int order = Arrays.compare(a[level], b[level]);
      if (order != 0) {
        return order;
      }
    }
    return BYTES.compare(left, right);
  }

  /** Primary (base character), secondary (accents) and tertiary (case) keys. */
  private static int[][] keys(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    int[] primary = new int[decomposed.length()];
    int[] secondary = new int[decomposed.length()];
    int[] tertiary = new int[decomposed.length()];
    int count = 0;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK && count > 0) {
        secondary[count - 1] = secondary[count - 1] * 31 + c;
        continue;
      }
      primary[count] = primaryWeight(c);
      tertiary[count] = Character.isUpperCase(c) ? 1 : 0;
      count++;
    }
    return new int[][] {Arrays.copyOf(primary, count), Arrays.copyOf(secondary, count),
        Arrays.copyOf(tertiary, count)};
  }

  private static int primaryWeight(int c) {
    int punctuation = c < 0x80 ? PUNCTUATION.indexOf(c) : -1;
    if (punctuation >= 0) {
      return punctuation;
    }
    if (Character.isDigit(c)) {
      return DIGITS + Character.digit(c, 10);
    }
    if (Character.isLetter(c)) {
      return LETTERS + Character.toLowerCase(c);
    }
    return PUNCTUATION.length() + c;
  }
}
