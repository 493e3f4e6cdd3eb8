package io.jmcp.core.jsonschema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import io.jmcp.core.ReadBudget;
import java.util.regex.Pattern;

/**
 * {@code pattern} and {@code patternProperties} with a bounded cost: a schema from a peer can
 * carry a regular expression that backtracks for hours (e.g. {@code ^((a+)\2?)+$}), which no
 * keyword count catches. A match may read {@link #BASE_READS} characters plus
 * {@link #READS_PER_CHARACTER} per character of its input, however often the matcher revisits
 * them: plenty for linear matching, nothing like exponential backtracking. Beyond that the match
 * fails with {@link ReadBudget.Exhausted}. Expressions are translated like the library's own JDK engine
 * does.
 */
final class BoundedRegularExpressions implements RegularExpressionFactory {

  /** Character reads any match may make. */
  static final long BASE_READS = 1_000_000;
  /** Further character reads a match may make per character of input. */
  static final long READS_PER_CHARACTER = 100;

  @Override
  public RegularExpression getRegularExpression(String regex) {
    Pattern pattern = Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
        RegularExpressions.replaceDollarAnchors(regex)));
    // find(), not matches(): JSON Schema patterns are not implicitly anchored.
    return value -> pattern.matcher(
        ReadBudget.forText(value, BASE_READS, READS_PER_CHARACTER).charge(value)).find();
  }
}
