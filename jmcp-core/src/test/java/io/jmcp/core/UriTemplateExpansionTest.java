package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Expansion against the example tables of RFC 6570 sections 1.2 and 3.2. */
class UriTemplateExpansionTest {

  /** The variables of section 1.2 (levels 1 to 4 use subsets of these). */
  private static final Map<String, Object> LEVELS = Map.of(
      "var", "value",
      "hello", "Hello World!",
      "empty", "",
      "path", "/foo/bar",
      "x", "1024",
      "y", "768",
      "list", List.of("red", "green", "blue"),
      "keys", keys());

  /** The variables of section 3.2. */
  private static final Map<String, Object> SECTION_3_2 = section32();

  private static Map<String, String> keys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("semi", ";");
    keys.put("dot", ".");
    keys.put("comma", ",");
    return keys;
  }

  private static Map<String, Object> section32() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("count", List.of("one", "two", "three"));
    vars.put("dom", List.of("example", "com"));
    vars.put("dub", "me/too");
    vars.put("hello", "Hello World!");
    vars.put("half", "50%");
    vars.put("var", "value");
    vars.put("who", "fred");
    vars.put("base", "http://example.com/home/");
    vars.put("path", "/foo/bar");
    vars.put("list", List.of("red", "green", "blue"));
    vars.put("keys", keys());
    vars.put("v", "6");
    vars.put("x", "1024");
    vars.put("y", "768");
    vars.put("empty", "");
    vars.put("empty_keys", Map.of());
    vars.put("undef", null);
    return vars;
  }

  private static String expand(String template, Map<String, ?> vars) {
    return UriTemplate.parse(template).expand(vars);
  }

  @ParameterizedTest(name = "1.2: {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // Level 1
      "{var}|value",
      "{hello}|Hello%20World%21",
      // Level 2
      "{+var}|value",
      "{+hello}|Hello%20World!",
      "{+path}/here|/foo/bar/here",
      "here?ref={+path}|here?ref=/foo/bar",
      "X{#var}|X#value",
      "X{#hello}|X#Hello%20World!",
      // Level 3
      "map?{x,y}|map?1024,768",
      "{x,hello,y}|1024,Hello%20World%21,768",
      "{+x,hello,y}|1024,Hello%20World!,768",
      "{+path,x}/here|/foo/bar,1024/here",
      "{#x,hello,y}|#1024,Hello%20World!,768",
      "{#path,x}/here|#/foo/bar,1024/here",
      "X{.var}|X.value",
      "X{.x,y}|X.1024.768",
      "{/var}|/value",
      "{/var,x}/here|/value/1024/here",
      "{;x,y}|;x=1024;y=768",
      "{;x,y,empty}|;x=1024;y=768;empty",
      "{?x,y}|?x=1024&y=768",
      "{?x,y,empty}|?x=1024&y=768&empty=",
      "?fixed=yes{&x}|?fixed=yes&x=1024",
      "{&x,y,empty}|&x=1024&y=768&empty=",
      // Level 4
      "{var:3}|val",
      "{var:30}|value",
      "{list}|red,green,blue",
      "{list*}|red,green,blue",
      "{keys}|semi,%3B,dot,.,comma,%2C",
      "{keys*}|semi=%3B,dot=.,comma=%2C",
      "{+path:6}/here|/foo/b/here",
      "{+list}|red,green,blue",
      "{+list*}|red,green,blue",
      "{+keys}|semi,;,dot,.,comma,,",
      "{+keys*}|semi=;,dot=.,comma=,",
      "{#path:6}/here|#/foo/b/here",
      "{#list}|#red,green,blue",
      "{#list*}|#red,green,blue",
      "{#keys}|#semi,;,dot,.,comma,,",
      "{#keys*}|#semi=;,dot=.,comma=,",
      "X{.var:3}|X.val",
      "X{.list}|X.red,green,blue",
      "X{.list*}|X.red.green.blue",
      "X{.keys}|X.semi,%3B,dot,.,comma,%2C",
      "X{.keys*}|X.semi=%3B.dot=..comma=%2C",
      "{/var:1,var}|/v/value",
      "{/list}|/red,green,blue",
      "{/list*}|/red/green/blue",
      "{/list*,path:4}|/red/green/blue/%2Ffoo",
      "{/keys}|/semi,%3B,dot,.,comma,%2C",
      "{/keys*}|/semi=%3B/dot=./comma=%2C",
      "{;hello:5}|;hello=Hello",
      "{;list}|;list=red,green,blue",
      "{;list*}|;list=red;list=green;list=blue",
      "{;keys}|;keys=semi,%3B,dot,.,comma,%2C",
      "{;keys*}|;semi=%3B;dot=.;comma=%2C",
      "{?var:3}|?var=val",
      "{?list}|?list=red,green,blue",
      "{?list*}|?list=red&list=green&list=blue",
      "{?keys}|?keys=semi,%3B,dot,.,comma,%2C",
      "{?keys*}|?semi=%3B&dot=.&comma=%2C",
      "{&var:3}|&var=val",
      "{&list}|&list=red,green,blue",
      "{&list*}|&list=red&list=green&list=blue",
      "{&keys}|&keys=semi,%3B,dot,.,comma,%2C",
      "{&keys*}|&semi=%3B&dot=.&comma=%2C",
  })
  void expandsTheLevelExamplesOfSection1_2(String template, String expected) {
    assertThat(expand(template, LEVELS)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "3.2: {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
      // 3.2.1 Variable expansion
      "{count}|one,two,three",
      "{count*}|one,two,three",
      "{/count}|/one,two,three",
      "{/count*}|/one/two/three",
      "{;count}|;count=one,two,three",
      "{;count*}|;count=one;count=two;count=three",
      "{?count}|?count=one,two,three",
      "{?count*}|?count=one&count=two&count=three",
      "{&count*}|&count=one&count=two&count=three",
      // 3.2.2 Simple string expansion
      "{var}|value",
      "{hello}|Hello%20World%21",
      "{half}|50%25",
      "O{empty}X|OX",
      "O{undef}X|OX",
      "{x,y}|1024,768",
      "{x,hello,y}|1024,Hello%20World%21,768",
      "?{x,empty}|?1024,",
      "?{x,undef}|?1024",
      "?{undef,y}|?768",
      "{var:3}|val",
      "{var:30}|value",
      "{list}|red,green,blue",
      "{list*}|red,green,blue",
      "{keys}|semi,%3B,dot,.,comma,%2C",
      "{keys*}|semi=%3B,dot=.,comma=%2C",
      // 3.2.3 Reserved expansion
      "{+var}|value",
      "{+hello}|Hello%20World!",
      "{+half}|50%25",
      "{base}index|http%3A%2F%2Fexample.com%2Fhome%2Findex",
      "{+base}index|http://example.com/home/index",
      "O{+empty}X|OX",
      "O{+undef}X|OX",
      "{+path}/here|/foo/bar/here",
      "here?ref={+path}|here?ref=/foo/bar",
      "up{+path}{var}/here|up/foo/barvalue/here",
      "{+x,hello,y}|1024,Hello%20World!,768",
      "{+path,x}/here|/foo/bar,1024/here",
      "{+path:6}/here|/foo/b/here",
      "{+list}|red,green,blue",
      "{+list*}|red,green,blue",
      "{+keys}|semi,;,dot,.,comma,,",
      "{+keys*}|semi=;,dot=.,comma=,",
      // 3.2.4 Fragment expansion
      "{#var}|#value",
      "{#hello}|#Hello%20World!",
      "{#half}|#50%25",
      "foo{#empty}|foo#",
      "foo{#undef}|foo",
      "{#x,hello,y}|#1024,Hello%20World!,768",
      "{#path,x}/here|#/foo/bar,1024/here",
      "{#path:6}/here|#/foo/b/here",
      "{#list}|#red,green,blue",
      "{#list*}|#red,green,blue",
      "{#keys}|#semi,;,dot,.,comma,,",
      "{#keys*}|#semi=;,dot=.,comma=,",
      // 3.2.5 Label expansion with dot-prefix
      "{.who}|.fred",
      "{.who,who}|.fred.fred",
      "{.half,who}|.50%25.fred",
      "www{.dom*}|www.example.com",
      "X{.var}|X.value",
      "X{.empty}|X.",
      "X{.undef}|X",
      "X{.var:3}|X.val",
      "X{.list}|X.red,green,blue",
      "X{.list*}|X.red.green.blue",
      "X{.keys}|X.semi,%3B,dot,.,comma,%2C",
      "X{.keys*}|X.semi=%3B.dot=..comma=%2C",
      "X{.empty_keys}|X",
      "X{.empty_keys*}|X",
      // 3.2.6 Path segment expansion
      "{/who}|/fred",
      "{/who,who}|/fred/fred",
      "{/half,who}|/50%25/fred",
      "{/who,dub}|/fred/me%2Ftoo",
      "{/var}|/value",
      "{/var,empty}|/value/",
      "{/var,undef}|/value",
      "{/var,x}/here|/value/1024/here",
      "{/var:1,var}|/v/value",
      "{/list}|/red,green,blue",
      "{/list*}|/red/green/blue",
      "{/list*,path:4}|/red/green/blue/%2Ffoo",
      "{/keys}|/semi,%3B,dot,.,comma,%2C",
      "{/keys*}|/semi=%3B/dot=./comma=%2C",
      // 3.2.7 Path-style parameter expansion
      "{;who}|;who=fred",
      "{;half}|;half=50%25",
      "{;empty}|;empty",
      "{;v,empty,who}|;v=6;empty;who=fred",
      "{;v,bar,who}|;v=6;who=fred",
      "{;x,y}|;x=1024;y=768",
      "{;x,y,empty}|;x=1024;y=768;empty",
      "{;x,y,undef}|;x=1024;y=768",
      "{;hello:5}|;hello=Hello",
      "{;list}|;list=red,green,blue",
      "{;list*}|;list=red;list=green;list=blue",
      "{;keys}|;keys=semi,%3B,dot,.,comma,%2C",
      "{;keys*}|;semi=%3B;dot=.;comma=%2C",
      // 3.2.8 Form-style query expansion
      "{?who}|?who=fred",
      "{?half}|?half=50%25",
      "{?x,y}|?x=1024&y=768",
      "{?x,y,empty}|?x=1024&y=768&empty=",
      "{?x,y,undef}|?x=1024&y=768",
      "{?var:3}|?var=val",
      "{?list}|?list=red,green,blue",
      "{?list*}|?list=red&list=green&list=blue",
      "{?keys}|?keys=semi,%3B,dot,.,comma,%2C",
      "{?keys*}|?semi=%3B&dot=.&comma=%2C",
      // 3.2.9 Form-style query continuation
      "{&who}|&who=fred",
      "{&half}|&half=50%25",
      "?fixed=yes{&x}|?fixed=yes&x=1024",
      "{&x,y,empty}|&x=1024&y=768&empty=",
      "{&var:3}|&var=val",
      "{&list}|&list=red,green,blue",
      "{&list*}|&list=red&list=green&list=blue",
      "{&keys}|&keys=semi,%3B,dot,.,comma,%2C",
      "{&keys*}|&semi=%3B&dot=.&comma=%2C",
  })
  void expandsTheExamplesOfSection3_2(String template, String expected) {
    assertThat(expand(template, SECTION_3_2)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void undefinedVariablesLeaveNoTrace() {
    assertThat(expand("{undef}", SECTION_3_2)).isEmpty();
    assertThat(expand("{?undef,x}", SECTION_3_2)).isEqualTo("?x=1024");
    assertThat(expand("{var}{undef}{x}", SECTION_3_2)).isEqualTo("value1024");
    assertThat(expand("a{/list}b", Map.of("list", List.of()))).isEqualTo("ab");
    assertThat(expand("a{?m*}b", Map.of("m", Map.of()))).isEqualTo("ab");
  }

  @Test
  void nullListMembersAndMapValuesAreSkipped() {
    Map<String, String> partial = new LinkedHashMap<>();
    partial.put("a", "1");
    partial.put("b", null);
    assertThat(expand("{/l*}", Map.of("l", Arrays.asList("x", null, "y")))).isEqualTo("/x/y");
    assertThat(expand("{?m*}", Map.of("m", partial))).isEqualTo("?a=1");
    Map<String, String> none = new HashMap<>();
    none.put("b", null);
    assertThat(expand("a{?m*}", Map.of("m", none))).isEqualTo("a");
  }

  @Test
  void acceptsArraysAndAnyObjectByToString() {
    assertThat(expand("{/a*}", Map.of("a", new String[] {"x", "y"}))).isEqualTo("/x/y");
    assertThat(expand("{n}/{b}", Map.of("n", 42, "b", true))).isEqualTo("42/true");
  }

  @Test
  void encodesUnicodeAsUtf8AndCountsPrefixesInCodePoints() {
    assertThat(expand("{v}", Map.of("v", "é€😀"))).isEqualTo("%C3%A9%E2%82%AC%F0%9F%98%80");
    assertThat(expand("{v:2}", Map.of("v", "😀😀😀"))).isEqualTo("%F0%9F%98%80%F0%9F%98%80");
    assertThat(expand("{v}", Map.of("v", "a\uD800b"))).isEqualTo("a%EF%BF%BDb");
  }

  @Test
  void reservedExpansionKeepsTripletsButEncodesLonePercentSigns() {
    assertThat(expand("{+v}", Map.of("v", "%41%zz%4"))).isEqualTo("%41%25zz%254");
    assertThat(expand("{v}", Map.of("v", "%41"))).isEqualTo("%2541");
    assertThat(expand("{#v}", Map.of("v", "a b/c?d#e[f]"))).isEqualTo("#a%20b/c?d#e[f]");
  }

  @Test
  void encodesNonAsciiLiteralsAndKeepsLiteralTriplets() {
    assertThat(expand("docs://ünï/{x}%2Fa", Map.of("x", "1")))
        .isEqualTo("docs://%C3%BCn%C3%AF/1%2Fa");
  }

  @Test
  void refusesPrefixModifiersOnCompositeValues() {
    UriTemplate template = UriTemplate.parse("{list:3}");
    assertThatThrownBy(() -> template.expand(Map.of("list", List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("list")
        .hasMessageContaining("prefix");
    assertThatThrownBy(() -> template.expand(Map.of("list", Map.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
