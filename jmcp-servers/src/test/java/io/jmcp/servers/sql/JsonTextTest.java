package io.jmcp.servers.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.McpJson;
import org.junit.jupiter.api.Test;

/**
 * The layout of JavaScript's {@code JSON.stringify(value, null, 2)}, which the official server
 * returns.
 */
class JsonTextTest {

  @Test
  void nestingAndEmptyContainers() {
    assertThat(JsonText.of(McpJson.mapper().readTree(
        "[{\"a\":1,\"b\":[],\"c\":{},\"d\":[true,null],\"e\":{\"f\":\"g\"}}]")))
        .isEqualTo("""
            [
              {
                "a": 1,
                "b": [],
                "c": {},
                "d": [
                  true,
                  null
                ],
                "e": {
                  "f": "g"
                }
              }
            ]""");
    assertThat(JsonText.of(McpJson.mapper().readTree("[]"))).isEqualTo("[]");
  }

  @Test
  void stringsEscapeOnlyWhatJsonNeeds() {
    StringBuilder out = new StringBuilder();
    JsonText.quote("q\" b\\ n\n t\t \u0001 é 😀 \ud800", out);
    assertThat(out).hasToString("\"q\\\" b\\\\ n\\n t\\t \\u0001 é 😀 \\ud800\"");
  }

  @Test
  void doublesPrintAsJavaScriptPrintsThem() {
    assertThat(JsonText.number(1.0)).isEqualTo("1");
    assertThat(JsonText.number(-0.5)).isEqualTo("-0.5");
    assertThat(JsonText.number(1e7)).isEqualTo("10000000");
    assertThat(JsonText.number(1e-4)).isEqualTo("0.0001");
    assertThat(JsonText.number(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(JsonText.number(1e21)).isEqualTo("1e+21");
    assertThat(JsonText.number(Double.NaN)).isEqualTo("null");
  }
}
