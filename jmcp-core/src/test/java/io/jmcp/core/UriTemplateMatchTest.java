package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching a URI back to variable values, by the rules documented on {@link UriTemplate}. */
class UriTemplateMatchTest {

  private static Optional<Map<String, String>> match(String template, String uri) {
    return UriTemplate.parse(template).match(uri);
  }

  private static void assertMatch(String template, String uri, String... namesAndValues) {
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    assertThat(match(template, uri)).as("%s on %s", template, uri).hasValue(expected);
    assertThat(UriTemplate.parse(template).matches(uri)).isTrue();
  }

  private static void assertNoMatch(String template, String uri) {
    assertThat(match(template, uri)).as("%s on %s", template, uri).isEmpty();
    assertThat(UriTemplate.parse(template).matches(uri)).isFalse();
  }

  @Test
  void mcpTemplateWithAnIdInTheMiddle() {
    String t = "test://template/{id}/data";
    assertMatch(t, "test://template/123/data", "id", "123");
    assertMatch(t, "test://template/a%2Fb%20c/data", "id", "a/b c");
    assertMatch(t, "test://template//data", "id", "");
    assertNoMatch(t, "test://template/1/2/data");
    assertNoMatch(t, "test://template/123/data/");
    assertNoMatch(t, "test://template/123/dat");
    assertNoMatch(t, "test://Template/123/data");
    assertNoMatch(t, "test://template/12?3/data");
    assertNoMatch(t, "test://template/12#3/data");
    assertNoMatch(t, "xtest://template/123/data");
    assertNoMatch(t, "");
  }

  @Test
  void mcpFileTemplateSpansSlashes() {
    String t = "file:///{+path}";
    assertMatch(t, "file:///a/b/c.txt", "path", "a/b/c.txt");
    assertMatch(t, "file:///", "path", "");
    assertMatch(t, "file:///a%20b/%C3%A9.txt", "path", "a b/é.txt");
    assertMatch(t, "file:///a?x=1#f", "path", "a?x=1#f");
    assertNoMatch(t, "file://a");
    assertNoMatch(t, "file:/a");
  }

  @Test
  void mcpTemplatesWithSeveralSegments() {
    assertMatch("github://repos/{owner}/{repo}", "github://repos/octo/hello-world",
        "owner", "octo", "repo", "hello-world");
    assertNoMatch("github://repos/{owner}/{repo}", "github://repos/octo");
    assertNoMatch("github://repos/{owner}/{repo}", "github://repos/octo/hello/extra");
    assertMatch("weather://{city}/current", "weather://San%20Francisco/current",
        "city", "San Francisco");
    assertMatch("weather://{city}/current", "weather://Zürich/current", "city", "Zürich");
    assertNoMatch("weather://{city}/current", "weather://a/b/current");
    assertNoMatch("weather://{city}/current", "weather://paris/forecast");
  }

  @Test
  void mcpTemplateWithAnOptionalQuery() {
    String t = "users://{userId}/profile{?fields}";
    assertMatch(t, "users://42/profile", "userId", "42");
    assertMatch(t, "users://42/profile?fields=name,email", "userId", "42", "fields", "name,email");
    assertMatch(t, "users://42/profile?fields=a%26b", "userId", "42", "fields", "a&b");
    assertMatch(t, "users://42/profile?fields", "userId", "42", "fields", "");
    assertMatch(t, "users://42/profile?fields=", "userId", "42", "fields", "");
    assertNoMatch(t, "users://42/profile?other=1");
    assertNoMatch(t, "users://42/profile?fields=a&other=1");
    assertNoMatch(t, "users://42/profile?");
    assertNoMatch(t, "users://42/profile/?fields=a");
    assertNoMatch(t, "users://4/2/profile");
  }

  @Test
  void queryParametersMatchInAnyOrderAndMayBeMissing() {
    String t = "search{?q,lang}";
    assertMatch(t, "search?q=x&lang=en", "q", "x", "lang", "en");
    assertMatch(t, "search?lang=en&q=x", "q", "x", "lang", "en");
    assertMatch(t, "search?lang=en", "lang", "en");
    assertMatch(t, "search");
    assertMatch(t, "search?q=a=b", "q", "a=b");
    assertMatch(t, "search?q=a?b/c", "q", "a?b/c");
    assertNoMatch(t, "search?q=x&lang=en#top");
    assertNoMatch(t, "search?Q=x");
    assertNoMatch(t, "search?qq=x");
    assertNoMatch(t, "search?q=x&");
    assertNoMatch(t, "search&q=x");
    assertMatch("?fixed=yes{&x}", "?fixed=yes&x=1024", "x", "1024");
    assertMatch("s{?a}{&b}", "s?a=1&b=2", "a", "1", "b", "2");
    assertMatch("s{?a,b}{&c}", "s?b=2&c=3", "b", "2", "c", "3");
  }

  @Test
  void repeatedParametersKeepTheLongestValueUnlessExploded() {
    assertMatch("s{?q}", "s?q=a&q=bb", "q", "bb");
    assertMatch("s{?tag*}", "s?tag=a&tag=b&tag=", "tag", "a,b,");
    assertMatch("s{?tag}", "s?tag=a,b", "tag", "a,b");
    assertMatch("s{;list*}", "s;list=red;list=green", "list", "red,green");
  }

  @Test
  void pathParameters() {
    assertMatch("{;x,y,empty}", ";x=1024;y=768;empty", "x", "1024", "y", "768", "empty", "");
    assertMatch("{;who}/here", ";who=fred/here", "who", "fred");
    assertNoMatch("{;who}", ";who=a/b");
    assertMatch("{;x}{;y}", ";x=1;y=2", "x", "1", "y", "2");
  }

  @Test
  void explodedPathsAndLabelsJoinWithTheirSeparator() {
    assertMatch("file://{/path*}", "file:///a/b/c", "path", "a/b/c");
    assertMatch("file://{/path*}", "file://", new String[0]);
    assertMatch("file://{/path*}", "file:///", "path", "");
    assertMatch("file://{/path*}", "file:///a%2Fb/c", "path", "a/b/c");
    assertNoMatch("file://{/path}", "file:///a/b");
    assertMatch("file://{/path}", "file:///a%2Fb", "path", "a/b");
    assertMatch("www{.dom*}", "www.example.com", "dom", "example.com");
    assertMatch("X{.var}", "X.a.b", "var", "a.b");
    assertMatch("X{.var}", "X.", "var", "");
    assertMatch("X{.var}", "X");
    assertNoMatch("X{.var}", "X./");
  }

  @Test
  void severalVariablesInOneExpressionTakePiecesInOrder() {
    assertMatch("{/var,x}/here", "/value/1024/here", "var", "value", "x", "1024");
    assertMatch("{/a,b}", "/x", "a", "x");
    assertMatch("{/a,b}", "/x/", "a", "x", "b", "");
    assertNoMatch("{/a,b}", "/x/y/z");
    assertMatch("{x,y}", "1,2", "x", "1", "y", "2");
    assertMatch("{x,y}", ",", "x", "", "y", "");
    assertNoMatch("{x,y}", "1,2,3");
    assertMatch("{x}", "1,2,3", "x", "1,2,3");
    assertMatch("{/list*,path:4}", "/red/green/blue/%2Ffoo", "list", "red/green/blue",
        "path", "/foo");
    assertMatch("{/a*,b,c}", "/1/2/3/4/5", "a", "1/2/3", "b", "4", "c", "5");
    assertMatch("{/a,b*,c}", "/1/2/3/4/5", "a", "1", "b", "2/3/4", "c", "5");
    assertMatch("{/a,b*,c}", "/1/2", "a", "1", "b", "2");
    assertMatch("{.a,b}", ".x.y", "a", "x", "b", "y");
    assertNoMatch("{.a,b}", ".x.y.z");
    assertMatch("{+a,b}", "x/y,z", "a", "x/y", "b", "z");
    assertMatch("{#a,b}", "#x?y,z#w", "a", "x?y", "b", "z#w");
  }

  @Test
  void earlierVariablesTakeAsMuchAsTheyCan() {
    assertMatch("{a}{b}", "xy", "a", "xy", "b", "");
    assertMatch("{a}.{b}", "x.y.z", "a", "x.y", "b", "z");
    assertMatch("{+path}/data", "a/data/data", "path", "a/data");
    assertMatch("{+a}/{+b}", "1/2/3", "a", "1/2", "b", "3");
  }

  @Test
  void unnamedValuesPreferToEndBeforeACharacterExpansionWouldHaveEncoded() {
    assertMatch("{/seg}{;p}", "/a;p=1", "seg", "a", "p", "1");
    assertMatch("{/seg}{;p}", "/a;q=1", "seg", "a;q=1");
    assertMatch("{a}{b}", "x:y", "a", "x", "b", ":y");
    assertMatch("{a}{b}", "x%3Ay", "a", "x:y", "b", "");
    assertMatch("test://template/{id}/data", "test://template/a b:c/data", "id", "a b:c");
    assertMatch("{a}-{b}", "x@y-z", "a", "x@y", "b", "z");
  }

  @Test
  void reservedValuesPreferToEndBeforeAQueryOrFragment() {
    assertMatch("{+path}{?q}", "a/b?q=1", "path", "a/b", "q", "1");
    assertMatch("{+path}{?q}", "a/b?x=1", "path", "a/b?x=1");
    assertMatch("{+path}{#frag}", "a/b#c", "path", "a/b", "frag", "c");
    assertMatch("{+path}{#frag}", "a/b#", "path", "a/b", "frag", "");
    assertMatch("{#frag}", "#a?b#c", "frag", "a?b#c");
    assertMatch("up{+path}{var}/here", "up/foo/barvalue/here", "path", "/foo/barvalue",
        "var", "");
  }

  @Test
  void aVariableUsedTwiceReportsItsLongestValue() {
    assertMatch("{/var:1,var}", "/v/value", "var", "value");
    assertMatch("{x}/{x}", "a/bb", "x", "bb");
  }

  @Test
  void templatesWithoutExpressionsMatchOnlyTheirText() {
    assertMatch("a/b?c=d", "a/b?c=d");
    assertNoMatch("a/b?c=d", "a/b?c=d&e");
    assertNoMatch("a/b?c=d", "a/b?c=");
    assertNoMatch("a/b?c=d", "A/B?C=D");
    assertMatch("", "");
    assertNoMatch("", "x");
  }

  @Test
  void literalsMatchAsWrittenOrAsExpansionWritesThem() {
    assertMatch("docs://ü/{x}", "docs://ü/1", "x", "1");
    assertMatch("docs://ü/{x}", "docs://%C3%BC/1", "x", "1");
    assertMatch("docs://ü/{x}", "docs://%c3%bc/1", "x", "1");
    assertNoMatch("docs://ü/{x}", "docs://u/1");
    assertNoMatch("docs://ü/{x}", "docs://%C3/1");
    assertMatch("a%2Fb{x}", "a%2fb1", "x", "1");
    assertNoMatch("a%2Fb{x}", "a/b1");
    assertMatch("emoji/😀/{x}", "emoji/%F0%9F%98%80/1", "x", "1");
  }

  @Test
  void decodesValuesAsUtf8() {
    assertMatch("{x}", "%E2%82%AC%20%F0%9F%98%80", "x", "€ 😀");
    assertMatch("{x}", "caf%C3%A9+x", "x", "café+x");
    assertMatch("{x}", "50%", "x", "50%");
    assertMatch("{x}", "%zz%4", "x", "%zz%4");
    assertMatch("{x}", "a%FFb", "x", "a\uFFFDb");
    assertMatch("{x}", "%C3", "x", "\uFFFD");
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource(delimiter = '|', value = {
      "test://template/{id}/data|test://template/{+rest}",
      "file:///docs/{name}|file:///{+path}",
      "a/{x}/b|a/{+x}/b",
      "a/{x}|a/{x}{y}",
      "users://{userId}/profile{?fields}|users://{+rest}",
  })
  void prefersTheMoreSpecificTemplate(String specific, String general) {
    UriTemplate a = UriTemplate.parse(specific);
    UriTemplate b = UriTemplate.parse(general);
    assertThat(UriTemplate.bySpecificity().compare(a, b)).isNegative();
    assertThat(UriTemplate.bySpecificity().compare(b, a)).isPositive();
  }

  @Test
  void aServerPicksTheMostSpecificMatchingTemplate() {
    List<UriTemplate> templates = new ArrayList<>(List.of(
        UriTemplate.parse("test://{+rest}"),
        UriTemplate.parse("test://template/{id}/data"),
        UriTemplate.parse("test://template/{id}"),
        UriTemplate.parse("test://template/{+id}/data")));
    Collections.shuffle(templates, new java.util.Random(7));
    templates.sort(UriTemplate.bySpecificity());
    assertThat(templates).extracting(UriTemplate::toString).containsExactly(
        "test://template/{id}/data", "test://template/{+id}/data", "test://template/{id}",
        "test://{+rest}");
    UriTemplate chosen = templates.stream().filter(t -> t.matches("test://template/7/data"))
        .findFirst().orElseThrow();
    assertThat(chosen.toString()).isEqualTo("test://template/{id}/data");
    assertThat(UriTemplate.bySpecificity().compare(UriTemplate.parse("a{x}"),
        UriTemplate.parse("a{x}"))).isZero();
  }
}
