package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random input to {@code parse}, {@code expand} and {@code match}: the only exception allowed is a
 * clean {@link IllegalArgumentException} from {@code parse} (and from {@code expand}, for a prefix
 * modifier on a list); and whatever expansion writes from plain string values, matching accepts.
 */
class UriTemplateFuzzTest {

  private static final String TEMPLATE_ALPHABET =
      "{{{}}}+#./;?&=,!@|:*%%0123456789aAbBfF_-~ é😀\u0000\uD800\n'\"<>";
  private static final String URI_ALPHABET = "/?#&=;,.%+*:@abcxyz0129AF-_~ é😀\uD800\u0000{}";
  /** Values avoiding the separators expansion leaves unencoded (',' for '+', '.' for labels). */
  private static final String VALUE_ALPHABET = "abcXYZ019-_~ %/?#&=;:@!$'()*+[]é😀";

  private static String randomString(Random random, String alphabet, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return out.toString();
  }

  /** A template-shaped string: mostly well-formed expressions, with some noise. */
  private static String randomTemplate(Random random) {
    if (random.nextInt(4) == 0) {
      return randomString(random, TEMPLATE_ALPHABET, 30);
    }
    StringBuilder out = new StringBuilder();
    int parts = random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      out.append(randomString(random, "ab/.:%2F-é", 4));
      out.append('{').append(randomString(random, "+#./;?&", 1));
      int variables = 1 + random.nextInt(3);
      for (int v = 0; v < variables; v++) {
        out.append(v > 0 ? "," : "").append((char) ('a' + random.nextInt(4)));
        out.append(List.of("", "", "*", ":2", ":1").get(random.nextInt(5)));
      }
      out.append(random.nextInt(20) == 0 ? "" : "}");
    }
    return out.toString();
  }

  @Test
  void randomInputNeverFailsUncleanly() {
    Random random = new Random(20250101L);
    int parsed = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = randomTemplate(random);
      UriTemplate template;
      try {
        template = UriTemplate.parse(text);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).contains("at index");
        continue;
      }
      parsed++;
      assertThat(template.toString()).isEqualTo(text);
      for (int i = 0; i < 5; i++) {
        template.match(randomString(random, URI_ALPHABET, 40));
      }
      template.match(text);
      expandAndMatch(random, template);
    }
    assertThat(parsed).as("templates that parsed").isGreaterThan(5_000);
  }

  private static void expandAndMatch(Random random, UriTemplate template) {
    Map<String, Object> values = new HashMap<>();
    for (String name : template.variableNames()) {
      if (random.nextInt(5) > 0) {
        values.put(name, randomString(random, VALUE_ALPHABET, 6));
      }
    }
    String uri = template.expand(values);
    if (template.match(uri).isEmpty()) {
      fail("%s expanded %s to %s, which it does not match", template, values, uri);
    }
    Map<String, Object> withList = new HashMap<>(values);
    withList.put(template.variableNames().isEmpty() ? "none" : template.variableNames().get(0),
        List.of("x", "y"));
    try {
      template.match(template.expand(withList));
    } catch (IllegalArgumentException prefixOnList) {
      assertThat(prefixOnList.getMessage()).contains("prefix");
    }
  }

  @Test
  void arbitraryCharactersNeverFailUncleanly() {
    Random random = new Random(42);
    for (int round = 0; round < 5_000; round++) {
      char[] chars = new char[random.nextInt(20)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(random.nextBoolean() ? 128 : 65536);
      }
      String text = new String(chars);
      try {
        UriTemplate.parse(text).match(text);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).startsWith("invalid URI template at index");
      }
    }
  }
}
