package io.jmcp.core.jsonschema;

import static io.jmcp.core.jsonschema.SchemaAssertions.assertExactly;
import static io.jmcp.core.jsonschema.SchemaAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Typed tool arguments bound after validation, and typed results turned into JSON. */
class ArgumentBinderTest {

  enum Unit { CELSIUS, FAHRENHEIT }

  record Forecast(@Description("City name") String city, @Nullable Unit unit,
      Optional<Integer> days, @JsonProperty("max_results") int maxResults,
      List<String> sources) {
  }

  record NoArguments() {
  }

  record Scheduled(Instant at, UUID id) {
  }

  @Test
  void validArgumentsBindToTheRecord() {
    ArgumentBinder<Forecast> binder = ArgumentBinder.of(Forecast.class);
    Forecast forecast = binder.bind(json("""
        {"city":"Oslo","unit":"CELSIUS","days":3,"max_results":5,"sources":["a"]}"""));
    assertThat(forecast).isEqualTo(new Forecast("Oslo", Unit.CELSIUS, Optional.of(3), 5,
        List.of("a")));
    Forecast minimal = binder.bind(json("{\"city\":\"Oslo\",\"max_results\":1,\"sources\":[]}"));
    assertThat(minimal.unit()).isNull();
    assertThat(minimal.days()).isEmpty();
    assertThat(binder.type()).isEqualTo(Forecast.class);
  }

  @Test
  void theInputSchemaIsGeneratedFromTheRecord() {
    ArgumentBinder<Forecast> binder = ArgumentBinder.of(Forecast.class);
    assertExactly(binder.inputSchema(), """
        {"type":"object","properties":{
          "city":{"type":"string","description":"City name"},
          "unit":{"type":"string","enum":["CELSIUS","FAHRENHEIT"]},
          "days":{"type":"integer","minimum":-2147483648,"maximum":2147483647},
          "max_results":{"type":"integer","minimum":-2147483648,"maximum":2147483647},
          "sources":{"type":"array","items":{"type":"string"}}},
         "required":["city","max_results","sources"],"additionalProperties":false}""");
    binder.inputSchema().put("type", "string");
    assertThat(binder.inputSchema().get("type").stringValue()).isEqualTo("object");
  }

  @Test
  void invalidArgumentsAreInvalidParamsListingEachProblem() {
    ArgumentBinder<Forecast> binder = ArgumentBinder.of(Forecast.class);
    assertThatThrownBy(() -> binder.bind(json("""
        {"city":7,"unit":"KELVIN","sources":["a",1],"extra":true}""")))
        .isInstanceOfSatisfying(JsonRpcException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
          assertThat(e.getMessage())
              .startsWith("Invalid arguments: ")
              .contains("$.city: integer found, string expected")
              .contains("$.unit: does not have a value in the enumeration")
              .contains("$.sources[1]: integer found, string expected")
              .contains("$: required property 'max_results' not found")
              .contains("$: property 'extra' is not defined in the schema");
        });
  }

  @Test
  void aNumberBeyondTheJavaRangeIsCaughtByTheSchema() {
    ArgumentBinder<Forecast> binder = ArgumentBinder.of(Forecast.class);
    assertThatThrownBy(() -> binder.bind(json("""
        {"city":"x","max_results":3000000000,"sources":[]}""")))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageContaining("$.max_results: must have a maximum value of 2147483647");
  }

  @Test
  void missingArgumentsCountAsAnEmptyObject() {
    ArgumentBinder<NoArguments> binder = ArgumentBinder.of(NoArguments.class);
    assertThat(binder.bind(null)).isEqualTo(new NoArguments());
    assertThat(binder.bind(NullNode.getInstance())).isEqualTo(new NoArguments());
    assertThat(binder.bind(json("{}"))).isEqualTo(new NoArguments());
    assertThatThrownBy(() -> binder.bind(json("{\"x\":1}")))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageContaining("property 'x' is not defined");
    assertThatThrownBy(() -> ArgumentBinder.of(Forecast.class).bind(null))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageContaining("required property 'city' not found");
  }

  @Test
  void aValueTheSchemaAcceptsButJavaCannotReadIsInvalidParamsWithItsPath() {
    ArgumentBinder<Scheduled> binder = ArgumentBinder.of(Scheduled.class);
    String id = "123e4567-e89b-12d3-a456-426614174000";
    assertThat(binder.bind(json("{\"at\":\"2025-06-18T10:00:00Z\",\"id\":\"" + id + "\"}")))
        .isEqualTo(new Scheduled(Instant.parse("2025-06-18T10:00:00Z"), UUID.fromString(id)));
    assertThatThrownBy(() -> binder.bind(json("{\"at\":\"tomorrow\",\"id\":\"" + id + "\"}")))
        .isInstanceOfSatisfying(JsonRpcException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
          assertThat(e.getMessage()).startsWith("Invalid arguments: $.at: ")
              .doesNotContain("java.time");
        });
  }

  @Test
  void longProblemListsAreCut() {
    ArgumentBinder<NoArguments> binder = ArgumentBinder.of(NoArguments.class);
    ObjectNode many = (ObjectNode) json("{}");
    for (int i = 0; i < 25; i++) {
      many.put("p" + i, i);
    }
    assertThatThrownBy(() -> binder.bind(many))
        .isInstanceOf(JsonRpcException.class)
        .hasMessageEndingWith("; and 15 more");
  }

  record Weather(String summary, double temperature, @Nullable String warning, byte[] icon) {
  }

  @Test
  void structuredOutputHasASchemaAndConformingJson() {
    StructuredOutput<Weather> output = StructuredOutput.of(Weather.class);
    assertExactly(output.outputSchema(), """
        {"type":"object","properties":{
          "summary":{"type":"string"},
          "temperature":{"type":"number"},
          "warning":{"type":"string"},
          "icon":{"type":"string","contentEncoding":"base64"}},
         "required":["summary","temperature","icon"],"additionalProperties":false}""");
    assertThat(output.toJson(new Weather("sunny", 21.5, null, new byte[] {1, 2, 3})).toString())
        .isEqualTo("{\"summary\":\"sunny\",\"temperature\":21.5,\"icon\":\"AQID\"}");
  }

  @Test
  void aResultBreakingItsOwnSchemaIsAnInternalError() {
    StructuredOutput<Weather> output = StructuredOutput.of(Weather.class);
    assertThatThrownBy(() -> output.toJson(new Weather(null, 1, null, new byte[0])))
        .isInstanceOfSatisfying(JsonRpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INTERNAL_ERROR))
        .hasMessageContaining("$: required property 'summary' not found");
  }

  @Test
  void valueOutputsMayBeScalars() {
    StructuredOutput<String> output = StructuredOutput.ofValue(String.class);
    assertThat(output.outputSchema().toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(output.toJson("hi").stringValue()).isEqualTo("hi");
  }
}
