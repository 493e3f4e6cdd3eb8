package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.schema.McpJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ParameterHeadersTest {

  private static JsonNode schema(String properties) {
    return McpJson.mapper().readTree("{\"type\":\"object\",\"properties\":" + properties + "}");
  }

  @Test
  void annotatedPrimitivesAreFoundAlongPropertyChains() {
    List<ParameterHeader> headers = ParameterHeaders.of(schema("""
        {"region":{"type":"string","x-mcp-header":"Region"},
         "limits":{"type":"object","properties":{"max":{"type":"integer","x-mcp-header":"Max"}}},
         "query":{"type":"string"}}"""));
    assertThat(headers).containsExactly(new ParameterHeader("Region", List.of("region"), "string"),
        new ParameterHeader("Max", List.of("limits", "max"), "integer"));
    JsonNode arguments = McpJson.mapper().readTree(
        "{\"region\":\"Hello, 世界\",\"limits\":{\"max\":42},\"query\":\"x\"}");
    assertThat(ParameterHeaders.headersFor(headers, arguments)).containsExactly(
        java.util.Map.entry("Mcp-Param-Region", "=?base64?SGVsbG8sIOS4lueVjA==?="),
        java.util.Map.entry("Mcp-Param-Max", "42"));
  }

  @Test
  void everyRuleOfTheSpecMakesADefinitionInvalid() {
    assertThat(ParameterHeaders.problem(schema("{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"\"}}")))
        .get().asString().contains("non-empty");
    assertThat(ParameterHeaders.problem(schema("{\"v\":{\"type\":\"number\",\"x-mcp-header\":\"V\"}}")))
        .get().asString().contains("string, integer or boolean");
    assertThat(ParameterHeaders.problem(schema("{\"v\":{\"type\":\"object\",\"x-mcp-header\":\"V\"}}")))
        .isPresent();
    assertThat(ParameterHeaders.problem(schema(
        "{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"My\"},\"b\":{\"type\":\"string\",\"x-mcp-header\":\"my\"}}")))
        .get().asString().contains("twice");
    for (String bad : new String[] {"My Region", "Region:Primary", "Région", "Region\\t1"}) {
      assertThat(ParameterHeaders.problem(schema(
          "{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"" + bad + "\"}}"))).as(bad).isPresent();
    }
    assertThat(ParameterHeaders.problem(McpJson.mapper().readTree("""
        {"type":"object","properties":{"list":{"type":"array","items":{"type":"string",
         "x-mcp-header":"Item"}}}}"""))).get().asString().contains("not allowed");
    assertThat(ParameterHeaders.problem(schema("{\"v\":{\"type\":\"boolean\",\"x-mcp-header\":\"Ok\"}}")))
        .isEmpty();
  }

  @Test
  void headersMatchTheBodyByType() {
    ParameterHeader integer = new ParameterHeader("N", List.of("n"), "integer");
    assertThat(ParameterHeaders.matches(integer, "42", McpJson.mapper().readTree("42.0"))).isTrue();
    assertThat(ParameterHeaders.matches(integer, "43", McpJson.mapper().readTree("42"))).isFalse();
    ParameterHeader flag = new ParameterHeader("F", List.of("f"), "boolean");
    assertThat(ParameterHeaders.matches(flag, "false", McpJson.mapper().readTree("false"))).isTrue();
    assertThat(ParameterHeaders.matches(flag, "False", McpJson.mapper().readTree("false"))).isFalse();
  }
}
