package io.jmcp.servers.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.McpJson;
import io.jmcp.servers.internal.json.JsonText;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The layout of JavaScript's {@code JSON.stringify(value, null, 2)}, which the official server
 * returns, as the sql server writes its rows.
 */
class JsonTextTest {

  private static final JsonText JS = JsonText.JAVASCRIPT;

  @Test
  void nestingAndEmptyContainers() {
    assertThat(JS.write(McpJson.mapper().readTree(
        "[{\"a\":1,\"b\":[],\"c\":{},\"d\":[true,null],\"e\":{\"f\":\"g\"}}]"), 2))
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
    assertThat(JS.write(McpJson.mapper().readTree("[]"), 2)).isEqualTo("[]");
  }

  @Test
  void stringsEscapeOnlyWhatJsonNeeds() {
    assertThat(JS.quote("q\" b\\ n\n t\t \u0001 é 😀 \ud800"))
        .isEqualTo("\"q\\\" b\\\\ n\\n t\\t \\u0001 é 😀 \\ud800\"");
  }

  @Test
  void doublesPrintAsJavaScriptPrintsThem() {
    assertThat(number(1.0)).isEqualTo("1");
    assertThat(number(-0.5)).isEqualTo("-0.5");
    assertThat(number(1e7)).isEqualTo("10000000");
    assertThat(number(1e-4)).isEqualTo("0.0001");
    assertThat(number(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(number(1e21)).isEqualTo("1e+21");
    assertThat(number(Double.NaN)).isEqualTo("null");
  }

  @Test
  void exactDecimalsKeepTheirDigits() {
    assertThat(JS.write(JsonNodeFactory.instance.numberNode(new BigDecimal("12.50")), 2))
        .isEqualTo("12.50");
  }

  private static String number(double value) {
    return JS.write(JsonNodeFactory.instance.numberNode(value), 2);
  }
}
