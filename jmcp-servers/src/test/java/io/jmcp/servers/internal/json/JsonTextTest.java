package io.jmcp.servers.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.schema.McpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The expected texts are what Node 22's {@code JSON.stringify} and CPython 3's {@code json.dumps}
 * print for the same values.
 */
class JsonTextTest {

  private static JsonNode json(String text) {
    return McpJson.mapper().readTree(text);
  }

  @Test
  void javascriptIndentsLikeJsonStringify() {
    JsonNode value = json("{\"a\":[1,{\"b\":[]},{}],\"c\":true,\"d\":null,\"e\":\"x\"}");
    assertThat(JsonText.JAVASCRIPT.write(value, 2)).isEqualTo("""
        {
          "a": [
            1,
            {
              "b": []
            },
            {}
          ],
          "c": true,
          "d": null,
          "e": "x"
        }""");
    assertThat(JsonText.JAVASCRIPT.write(value, 0))
        .isEqualTo("{\"a\":[1,{\"b\":[]},{}],\"c\":true,\"d\":null,\"e\":\"x\"}");
  }

  @Test
  void javascriptEscapesOnlyWhatJsonStringifyEscapes() {
    String text = "q\"b\\ \b\f\n\r\t \u0001\u001f \u007f é 😀 /";
    assertThat(JsonText.JAVASCRIPT.quote(text))
        .isEqualTo("\"q\\\"b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f \u007f é 😀 /\"");
    // Lone surrogates are escaped (well-formed JSON.stringify, ES2019), pairs are kept.
    assertThat(JsonText.JAVASCRIPT.quote("a\uD800b\uDC00")).isEqualTo("\"a\\ud800b\\udc00\"");
  }

  @Test
  void pythonEscapesEverythingOutsidePrintableAscii() {
    assertThat(JsonText.PYTHON.quote("é 😀 \u007f \u0001 \"\\"))
        .isEqualTo("\"\\u00e9 \\ud83d\\ude00 \\u007f \\u0001 \\\"\\\\\"");
    ObjectNode value = McpJson.object().put("timezone", "Europe/Zürich").put("is_dst", false);
    assertThat(JsonText.PYTHON.write(value, 2))
        .isEqualTo("{\n  \"timezone\": \"Europe/Z\\u00fcrich\",\n  \"is_dst\": false\n}");
  }

  @Test
  void numbersAsEachRuntimePrintsThem() {
    JsonNode numbers = json("[5, 5.0, 5.75, 1e21, 1e-7, 0.000001]");
    assertThat(JsonText.JAVASCRIPT.write(numbers, 0))
        .isEqualTo("[5,5,5.75,1e+21,1e-7,0.000001]");
    assertThat(JsonText.PYTHON.write(json("[5, 5.0, 5.75, 1e16, 1e-5, 0.0001]"), 1))
        .isEqualTo("[\n 5,\n 5.0,\n 5.75,\n 1e+16,\n 1e-05,\n 0.0001\n]");
  }

  @Test
  void pythonNeedsAnIndent() {
    assertThatThrownBy(() -> JsonText.PYTHON.write(McpJson.object(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
