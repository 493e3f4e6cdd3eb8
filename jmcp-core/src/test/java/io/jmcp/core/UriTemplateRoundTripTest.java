package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expanding values and matching the result gives the values back, where that is unambiguous. */
class UriTemplateRoundTripTest {

  /** Code points values are drawn from: unreserved, reserved, '%', space, controls, Unicode. */
  private static final int[] ALPHABET = ("aZ09-._~ !*'();:@&=+$,/?#[]%\t\"<>\\^`{|}éü€\u00A0"
      + "\uFFFD😀𝄞").codePoints().toArray();

  private static String randomValue(Random random, String forbidden) {
    StringBuilder value = new StringBuilder();
    int length = random.nextInt(9);
    while (value.codePointCount(0, value.length()) < length) {
      int cp = ALPHABET[random.nextInt(ALPHABET.length)];
      if (forbidden.indexOf(cp) < 0) {
        value.appendCodePoint(cp);
      }
    }
    return value.toString();
  }

  /**
   * Each template with the characters its values must avoid to be unambiguous: separators that
   * expansion leaves unencoded ('+' and '#' keep reserved characters and triplets; '.' and '-' are
   * unreserved), and '?' and '#' for a '+' value followed by a query.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
      "test://template/{id}/data|",
      "weather://{city}/current|",
      "github://repos/{owner}/{repo}|",
      "users://{userId}/profile{?fields}|",
      "file:///{+path}|%",
      "a{x,y,z}b|",
      "{/a,b,c}|",
      "x{.a}|",
      "x{.a,b}|.",
      "{;p,q}|",
      "s://h{?a,b,c}|",
      "s://h?fixed=1{&a,b}|",
      "{#frag}|%",
      "r://{+a,b}|%,",
      "m/{a}/{+b}{?c}|%?#",
      "{x}{?y}{#z}|%",
      "{x}-{y}|-",
      "é/{x}/ü{;y}|",
      "x{.c}/{a}{/b}{;d}{?e}{&f}|",
  })
  void stringValuesComeBack(String template, String forbidden) {
    UriTemplate t = UriTemplate.parse(template);
    Random random = new Random(template.hashCode());
    for (int round = 0; round < 300; round++) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String name : t.variableNames()) {
        values.put(name, randomValue(random, forbidden == null ? "" : forbidden));
      }
      String uri = t.expand(values);
      assertThat(t.match(uri)).as("%s expanded to %s", values, uri).hasValue(values);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
      "file://{/p*}|/|",
      "www{.p*}|.|",
      "s{?p*}|,|",
      "s{&p*}|,|",
      "s{;p*}|,|",
      "s{?p}|,|",
      "{p}|,|",
      "{p*}|,|",
      "{+p}|,|%",
      "{#p*}|,|%",
  })
  void listsComeBackJoined(String template, String separator, String forbidden) {
    UriTemplate t = UriTemplate.parse(template);
    Random random = new Random(template.hashCode());
    for (int round = 0; round < 300; round++) {
      List<String> list = new ArrayList<>();
      int size = 1 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        list.add(randomValue(random, forbidden == null ? "" : forbidden));
      }
      String uri = t.expand(Map.of("p", list));
      assertThat(t.match(uri)).as("%s expanded to %s", list, uri)
          .hasValue(Map.of("p", String.join(separator, list)));
    }
  }

  @Test
  void mapsComeBackAsTheirExpandedText() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("semi", ";");
    keys.put("dot", ".");
    keys.put("comma", ",");
    assertThat(UriTemplate.parse("{keys}").match("semi,%3B,dot,.,comma,%2C"))
        .hasValue(Map.of("keys", "semi,;,dot,.,comma,,"));
    assertThat(UriTemplate.parse("{/keys*}").match(UriTemplate.parse("{/keys*}")
        .expand(Map.of("keys", keys)))).hasValue(Map.of("keys", "semi=;/dot=./comma=,"));
    assertThat(UriTemplate.parse("{?keys*}").match("?semi=%3B&dot=.&comma=%2C")).isEmpty();
  }

  @Test
  void prefixedValuesComeBackTruncated() {
    UriTemplate t = UriTemplate.parse("p/{v:3}/{w:2}");
    Map<String, String> values = Map.of("v", "€😀abc", "w", "x");
    String uri = t.expand(values);
    assertThat(uri).isEqualTo("p/%E2%82%AC%F0%9F%98%80a/x");
    assertThat(t.match(uri)).hasValue(Map.of("v", "€😀a", "w", "x"));
  }

  @Test
  void theExamplesOfSection3_2MatchTheirOwnExpansions() {
    Map<String, Object> vars = Map.of("var", "value", "hello", "Hello World!", "path", "/foo/bar",
        "x", "1024", "y", "768", "who", "fred", "half", "50%", "dub", "me/too");
    List<String> templates = List.of("{var}", "{hello}", "{half}", "{x,y}", "{x,hello,y}",
        "{+var}", "{+hello}", "{+path}/here", "here?ref={+path}", "{+path,x}/here", "X{#var}",
        "{#path,x}/here", "X{.var}", "X{.x,y}", "{/var}", "{/who,dub}", "{/var,x}/here",
        "{;x,y}", "{;half}", "{?x,y}", "{?who,half}", "?fixed=yes{&x}", "{&x,y}");
    for (String template : templates) {
      UriTemplate t = UriTemplate.parse(template);
      Map<String, Object> expected = t.variableNames().stream()
          .collect(Collectors.toMap(name -> name, vars::get));
      assertThat(t.match(t.expand(vars))).as(template).hasValue(toStrings(expected));
    }
  }

  private static Map<String, String> toStrings(Map<String, Object> values) {
    Map<String, String> strings = new LinkedHashMap<>();
    values.forEach((name, value) -> strings.put(name, value.toString()));
    return strings;
  }
}
