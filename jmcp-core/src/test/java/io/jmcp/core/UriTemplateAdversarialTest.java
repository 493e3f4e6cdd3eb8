package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Matching megabyte-long hostile URIs: repeated separators, near-misses of literals, many items.
 * A backtracking matcher would take time exponential or quadratic in the length on most of these;
 * the assertions are about results, and the timeout only stops a hang.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class UriTemplateAdversarialTest {

  private static final int MB = 1 << 20;

  private static boolean matches(String template, String uri) {
    return UriTemplate.parse(template).matches(uri);
  }

  /**
   * Matches and compares with the expected values without printing megabytes on failure: only
   * lengths and the first characters of a differing value are reported.
   */
  private static void assertValues(String template, String uri, String... namesAndValues) {
    Map<String, String> values = UriTemplate.parse(template).match(uri).orElseThrow(
        () -> new AssertionError(template + " does not match a URI of length " + uri.length()));
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    assertThat(values.keySet()).as(template).isEqualTo(expected.keySet());
    expected.forEach((name, value) -> {
      String actual = values.get(name);
      if (!value.equals(actual)) {
        throw new AssertionError(template + ": " + name + " has length " + actual.length()
            + ", starting " + abbreviate(actual) + "; expected length " + value.length()
            + ", starting " + abbreviate(value));
      }
    });
  }

  private static String abbreviate(String value) {
    return "\"" + value.substring(0, Math.min(40, value.length())) + "\"";
  }

  /** A found match must be real: expanding its values gives the URI back. */
  private static void assertReproduces(String template, String uri) {
    UriTemplate t = UriTemplate.parse(template);
    Map<String, String> values = t.match(uri).orElseThrow(
        () -> new AssertionError(template + " does not match a URI of length " + uri.length()));
    assertThat(t.expand(values).equals(uri)).as("%s reproduces the URI", template).isTrue();
  }

  @Test
  void aLongValueThatMissesTheClosingLiteralByOneCharacter() {
    String body = "x".repeat(MB);
    assertThat(matches("test://template/{id}/data", "test://template/" + body + "/dat")).isFalse();
    assertValues("test://template/{id}/data", "test://template/" + body + "/data", "id", body);
  }

  @Test
  void reservedVariablesSeparatedByLiteralsThatRecurEverywhere() {
    String template = "{+a}/x/{+b}/x/{+c}/y";
    String uri = "/x/".repeat(MB / 3);
    assertThat(matches(template, uri)).isFalse();
    assertThat(matches(template, uri + "z")).isFalse();
    assertReproduces(template, uri + "y");
  }

  @Test
  void nearMissesOfALongLiteral() {
    String literal = "aaaaaaaaab";
    String template = "{+a}" + literal + "{+b}" + literal;
    String uri = "a".repeat(MB);
    assertThat(matches(template, uri)).isFalse();
    assertThat(matches(template, uri + "b" + uri)).isFalse();
    assertReproduces(template, uri + "b" + uri + "b");
  }

  @Test
  void manyAdjacentVariablesOverOneLongRun() {
    String template = "{a}{b}{c}{d}{e}{f}{g}{h}{+i}{+j}";
    String uri = "x".repeat(MB);
    assertValues(template, uri, "a", uri, "b", "", "c", "", "d", "", "e", "", "f", "", "g", "",
        "h", "", "i", "", "j", "");
    assertThat(matches(template + "!", uri)).isFalse();
  }

  @Test
  void separatorsBeyondTheNumberOfVariables() {
    assertThat(matches("{x,y,z}", ",".repeat(MB))).isFalse();
    assertThat(matches("{/a,b,c}", "/".repeat(MB))).isFalse();
    assertValues("{/path*}", "/".repeat(MB), "path", "/".repeat(MB - 1));
    assertValues("file://{/path*}", "file://" + "/a".repeat(MB / 2),
        "path", "a/".repeat(MB / 2).substring(0, MB - 1));
  }

  @Test
  void queriesWithAMegabyteOfItems() {
    String items = "&lang=en".repeat(MB / 8);
    assertValues("s{?q,lang}", "s?q=1" + items, "q", "1", "lang", "en");
    assertThat(matches("s{?q,lang}", "s?q=1" + items + "&other=1")).isFalse();
    assertThat(matches("s{?q,lang}", "s?q=1" + items + "#")).isFalse();
    assertThat(matches("s{?aaaa,aaab,aaac}", "s?" + "aaa".repeat(MB / 3))).isFalse();
    assertValues("s{?tag*}", "s?tag=" + "&tag=".repeat(MB / 5), "tag", ",".repeat(MB / 5));
  }

  @Test
  void percentSignsEverywhere() {
    assertValues("{x}", "%".repeat(MB), "x", "%".repeat(MB));
    assertValues("{x}", "%E2%82%AC".repeat(MB / 9), "x", "€".repeat(MB / 9));
    assertThat(matches("a%2Fb{x}", "a%2f" + "%2".repeat(MB / 2))).isFalse();
    assertThat(matches("ü{x}", "%C3".repeat(MB / 3))).isFalse();
  }

  @Test
  void reservedValuesWithManyQueryAndFragmentCharacters() {
    String uri = "?#".repeat(MB / 2);
    assertValues("{+path}{?q}{#f}", uri, "path", uri);
    assertValues("{+path}{?q}{#f}", "a" + "?q=".repeat(MB / 3) + "#f",
        "path", "a", "q", "?q=".repeat(MB / 3 - 1), "f", "f");
  }
}
