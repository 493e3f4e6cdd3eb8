package io.jmcp.core;

import io.jmcp.core.TemplatePart.Expression;
import io.jmcp.core.TemplatePart.Literal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A URI template (RFC 6570, levels 1 to 4), as MCP resource templates use them: clients
 * {@linkplain #expand expand} a template into a URI, servers {@linkplain #match match} a URI a
 * client sends against their templates to learn which one it names and with which values.
 *
 * <p>Immutable and thread-safe. Two templates are equal when their text is equal; {@link
 * #toString()} is the text.
 *
 * <h2>Parsing</h2>
 * The full syntax of RFC 6570 section 2: literals, expressions with the operators none, '+', '#',
 * '.', '/', ';', '?', '&amp;', variable lists, prefix ({@code :1} to {@code :9999}) and explode
 * ({@code *}) modifiers. A template is at most {@value #MAX_LENGTH} characters with at most
 * {@value #MAX_EXPRESSIONS} expressions. The apostrophe is accepted in literals (RFC 3986 allows
 * it; RFC 6570's grammar omits it).
 *
 * <h2>Matching</h2>
 * {@link #match} answers whether the URI could have been produced by expanding this template, and
 * with which values. It runs in time linear in the URI length (times a factor bounded by the
 * template size), without regular expressions, backtracking or recursion, so it is safe on
 * input from an untrusted peer. The rules:
 * <ul>
 *   <li>Literal text matches exactly as written (hex digits of a {@code %XX} triplet in either
 *       case); a literal character that expansion would percent-encode also matches in encoded
 *       form. A template without expressions matches only its own text (or that expansion).
 *   <li>Simple {@code {x}}: the value may not contain '/', '?' or '#'; with several variables in
 *       one expression, ',' separates them and may not occur in a value.
 *   <li>Reserved {@code {+x}} and fragment {@code {#x}}: the value may contain anything, '/'
 *       included (',' excepted when several variables share the expression). When the rest of the
 *       template allows, a value ends just before its first '?' or '#', so {@code {+path}{?q}}
 *       splits {@code a/b?q=1} into path and query.
 *   <li>Label {@code {.x}} and path segment {@code {/x}}: the expression starts with its '.' or
 *       '/' and is separated by it; values may not contain '/', '?', '#', nor the separator
 *       (except '.' in a lone label variable, as '.' is unreserved and expands as itself).
 *   <li>Named {@code {;x}}, {@code {?x,y}}, {@code {&x}}: {@code name=value} items after the
 *       operator, separated by ';' or '&amp;', in any order; a name must be one of the
 *       expression's variables; an item without '=' gives the empty string; variables without an
 *       item are absent from the result. Values may not contain the separator or '#' (nor '/' or
 *       '?' for ';').
 *   <li>Several variables in an unnamed expression take the separated pieces in order; if fewer
 *       pieces than variables, the last variables are absent. An exploded variable takes all
 *       pieces the variables after it do not need.
 *   <li>Exploded variables report one string: the members joined with the operator's separator
 *       for unnamed operators ({@code {/path*}} on {@code /a/b/c} gives {@code a/b/c}, {@code
 *       {.dom*}} on {@code .example.com} gives {@code example.com}), and the values of the
 *       repeated items joined with ',' for named ones ({@code {?tag*}} on {@code ?tag=a&tag=b}
 *       gives {@code a,b}, the same as {@code {?tag}} on {@code ?tag=a,b}). A list or map is
 *       returned as the text that expansion gave it; exploded maps under named operators cannot
 *       be recovered, as their keys are not variable names.
 *   <li>A variable that can match the empty string does: {@code {id}} in {@code a//b} is empty.
 *       An expression with a leading operator character ('#', '.', '/', ';', '?', '&amp;') that is
 *       missing from the URI leaves its variables absent.
 *   <li>When a URI splits among the variables in more than one way, earlier variables take as
 *       much as they can, except that a value of an unnamed operator prefers to end before its
 *       first character that expansion would have percent-encoded (for '+' and '#', before its
 *       first '?' or '#'): {@code {/seg}{;p}} splits {@code /a;p=1} at the ';' although
 *       {@code /a;p=1} alone is a valid {@code seg}.
 *   <li>Values are percent-decoded as UTF-8 (malformed bytes become U+FFFD; a '%' not followed
 *       by two hex digits stays as is; '+' is not a space). Prefix lengths ({@code :n}) are not
 *       enforced. A variable seen more than once (used twice in the template, or a repeated
 *       item of a named variable that is not exploded) reports its longest value; the
 *       occurrences are not compared with each other.
 * </ul>
 * Round trip: {@code match(expand(values))} gives string values back whenever the expansion is
 * unambiguous, that is unless a value holds a character that expansion leaves unencoded and the
 * template uses as a boundary (',' between '+' or '#' variables, '.' between label variables, a
 * literal character that follows the variable), or a {@code %XX} sequence under '+' or '#' (kept
 * by expansion, decoded by matching).
 *
 * <h2>Specificity</h2>
 * A URI may match several templates ({@code test://template/{id}/data} and {@code
 * test://{+rest}}); {@link #bySpecificity()} orders the most specific first.
 */
public final class UriTemplate {

  /** The longest template {@link #parse} accepts, in characters. */
  public static final int MAX_LENGTH = 8192;

  /** The most expressions {@link #parse} accepts in one template. */
  public static final int MAX_EXPRESSIONS = 128;

  private final String text;
  private final List<TemplatePart> parts;
  private final List<String> variableNames;
  private final int literalLength;
  private final int reservedExpressions;
  private final int variableCount;
  private final MatchProgram program;

  private UriTemplate(String text, List<TemplatePart> parts) {
    this.text = text;
    this.parts = parts;
    Set<String> names = new LinkedHashSet<>();
    int literal = 0;
    int reserved = 0;
    int variables = 0;
    for (TemplatePart part : parts) {
      switch (part) {
        case Literal l -> literal += l.text().codePointCount(0, l.text().length());
        case Expression e -> {
          e.variables().forEach(spec -> names.add(spec.name()));
          variables += e.variables().size();
          reserved += e.operator().allowReserved ? 1 : 0;
        }
      }
    }
    this.variableNames = List.copyOf(new ArrayList<>(names));
    this.literalLength = literal;
    this.reservedExpressions = reserved;
    this.variableCount = variables;
    this.program = MatchCompiler.compile(parts);
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException if the text is not a valid RFC 6570 template or is too
   *     large; the message says what is wrong and at which index
   */
  public static UriTemplate parse(String template) {
    Objects.requireNonNull(template, "template");
    return new UriTemplate(template, TemplateParser.parse(template));
  }

  /** The distinct variable names, in order of first appearance. */
  public List<String> variableNames() {
    return variableNames;
  }

  /** The number of literal characters (outside expressions), as written in the template. */
  public int literalLength() {
    return literalLength;
  }

  /**
   * Expands the template (RFC 6570 section 3). A value is a string (any other object is taken by
   * its {@code toString()}), a list ({@link java.util.Collection} or array) or an associative
   * array ({@link Map}, in its iteration order). Missing and null variables, empty lists and maps
   * are undefined and leave no trace; null list members and null map values are skipped.
   *
   * @throws IllegalArgumentException if a variable with a prefix modifier has a list or map value
   */
  public String expand(Map<String, ?> variables) {
    Objects.requireNonNull(variables, "variables");
    return Expansion.expand(parts, variables);
  }

  /**
   * The variable values if {@code uri} could have been produced by this template, following the
   * rules in the class comment; empty if not. The map iterates in template order; variables with
   * no value in the URI are absent.
   */
  public Optional<Map<String, String>> match(String uri) {
    Objects.requireNonNull(uri, "uri");
    int[] positions = program.run(uri);
    return positions == null ? Optional.empty()
        : Optional.of(MatchedValues.read(parts, variableNames, uri, positions));
  }

  /** Whether {@link #match} finds values for {@code uri}. */
  public boolean matches(String uri) {
    return match(uri).isPresent();
  }

  /**
   * Orders templates most specific first, for choosing among several that match one URI: more
   * literal characters first; then fewer '+' and '#' expressions (they can span '/'); then fewer
   * variables; then by template text, so the order is total and agrees with {@link #equals}.
   */
  public static Comparator<UriTemplate> bySpecificity() {
    return Comparator.comparingInt((UriTemplate t) -> -t.literalLength)
        .thenComparingInt(t -> t.reservedExpressions)
        .thenComparingInt(t -> t.variableCount)
        .thenComparing(t -> t.text);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UriTemplate template && template.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
