package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing: what RFC 6570 section 2 accepts, and clear errors for everything else. */
class UriTemplateParseTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "", "plain", "http://example.com/~user/a;b,c!$&'()*+=:@[]?x#y", "%2F%aa{x}",
      "{x}", "{+x}", "{#x}", "{.x}", "{/x}", "{;x}", "{?x}", "{&x}",
      "{x,y,z}", "{x:1}", "{x:9999}", "{x*}", "{x.y}", "{x.y.z}", "{%41b}", "{_1}",
      "{x:3,y*,z}", "ünïcode/{x}/\uE000/\uD83D\uDE00", "{?a}{&b}{#c}"})
  void acceptsValidTemplates(String text) {
    UriTemplate template = UriTemplate.parse(text);
    assertThat(template.toString()).isEqualTo(text);
    assertThat(template).isEqualTo(UriTemplate.parse(text));
    assertThat(template.hashCode()).isEqualTo(text.hashCode());
  }

  @Test
  void listsDistinctVariableNamesInOrderOfAppearance() {
    assertThat(UriTemplate.parse("a{b}c{/d,e*}{?f:3,b}{#g.h}").variableNames())
        .containsExactly("b", "d", "e", "f", "g.h");
    assertThat(UriTemplate.parse("no/vars").variableNames()).isEmpty();
  }

  @Test
  void countsLiteralCharacters() {
    assertThat(UriTemplate.parse("test://template/{id}/data").literalLength()).isEqualTo(21);
    assertThat(UriTemplate.parse("{a}{b}").literalLength()).isZero();
    assertThat(UriTemplate.parse("é/{x}").literalLength()).isEqualTo(2);
  }

  @Test
  void differentTextIsADifferentTemplate() {
    assertThat(UriTemplate.parse("{x}")).isNotEqualTo(UriTemplate.parse("{y}"));
    assertThat(UriTemplate.parse("{x}")).isNotEqualTo("{x}");
  }

  @ParameterizedTest(name = "{0} -> index {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "abc{x|3|unclosed expression",
      "{|0|unclosed expression",
      "a{x,|1|unclosed expression",
      "{x:12|0|unclosed expression",
      "a}b|1|'}' without a matching '{'",
      "{}|1|expected a variable name but found '}'",
      "{+}|2|expected a variable name",
      "{,x}|1|operator ',' is reserved",
      "{x,}|3|expected a variable name but found '}'",
      "{=x}|1|operator '=' is reserved",
      "{!x}|1|operator '!' is reserved",
      "{@x}|1|operator '@' is reserved",
      "{-x}|1|expected a variable name but found '-'",
      "{x-y}|2|unexpected '-'",
      "{x y}|2|unexpected U+0020",
      "{x{y}}|2|unexpected '{'",
      "{.x.}|3|'.' in a variable name must be followed by a letter",
      "{x..y}|2|'.' in a variable name must be followed",
      "{.x}{..y}|6|expected a variable name but found '.'",
      "{.x}{.}|6|expected a variable name but found '}'",
      "{x:0}|3|prefix length must be a number from 1 to 9999",
      "{x:01}|3|prefix length",
      "{x:10000}|3|prefix length",
      "{x:}|3|prefix length",
      "{x:a}|3|prefix length",
      "{x*:3}|3|unexpected ':'",
      "{x:3*}|4|unexpected '*'",
      "{x**}|3|unexpected '*'",
      "{%4}|1|'%' not followed by two hex digits",
      "a%zz|1|'%' not followed by two hex digits",
      "a%2|1|'%' not followed by two hex digits",
      "a b|1|U+0020 is not allowed",
      "a<b|1|'<' is not allowed",
      "a^b|1|'^' is not allowed",
  })
  void rejectsInvalidTemplatesSayingWhatAndWhere(String text, int index, String what) {
    assertThatThrownBy(() -> UriTemplate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at index " + index + ":")
        .hasMessageContaining(what);
  }

  @Test
  void rejectsTheVerticalBarOutsideExpressions() {
    assertThatThrownBy(() -> UriTemplate.parse("a|b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at index 1: '|' is not allowed");
  }

  @Test
  void rejectsCharactersOutsideTheLiteralRanges() {
    for (String text : List.of("a\u0000b", "a\tb", "a\"b", "a\\b", "a`b", "a\u007Fb", "a\u0085b",
        "a\uFDD0b", "a\uFFFEb", "a\uD800b", "a\uDC00", "\uDB7F\uDFFE")) {
      assertThatThrownBy(() -> UriTemplate.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not allowed");
    }
  }

  @Test
  void capsLengthAndExpressionCount() {
    assertThat(UriTemplate.parse("a".repeat(8192))).isNotNull();
    assertThatThrownBy(() -> UriTemplate.parse("a".repeat(8193)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8193 characters");
    assertThat(UriTemplate.parse("{x}".repeat(128)).variableNames()).containsExactly("x");
    assertThatThrownBy(() -> UriTemplate.parse("{x}".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 128 expressions")
        .hasMessageContaining("at index 384");
  }

  @Test
  void errorMessagesShowControlCharactersSafelyAndLongTemplatesShortened() {
    assertThatThrownBy(() -> UriTemplate.parse("a\nb"))
        .hasMessageContaining("U+000A")
        .hasMessageContaining("\"a?b\"");
    assertThatThrownBy(() -> UriTemplate.parse("a".repeat(200) + "{"))
        .hasMessageContaining("a".repeat(100) + "...\"")
        .hasMessageNotContaining("a".repeat(101));
  }
}
