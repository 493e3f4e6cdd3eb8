package io.jmcp.core.jsonschema;

import static io.jmcp.core.jsonschema.SchemaAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Validation messages, dialects, schema checks, limits and concurrency. */
class JsonSchemaValidatorTest {

  private static final String PERSON = """
      {"type":"object","properties":{
        "name":{"type":"string"},
        "age":{"type":"integer","minimum":0},
        "tags":{"type":"array","items":{"type":"string"}}},
       "required":["name"],"additionalProperties":false}""";

  /** The inputSchema of the conformance suite's json_schema_2020_12_tool, verbatim. */
  private static final String CONFORMANCE_TOOL = """
      {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",\
      "$defs":{"address":{"$anchor":"address","type":"object","properties":{"street":{"type":\
      "string"},"city":{"type":"string"}}}},"properties":{"name":{"type":"string"},"address":{\
      "$ref":"#/$defs/address"},"contact":{"anyOf":[{"type":"object","properties":{"email":{\
      "type":"string"}}},{"type":"object","properties":{"phone":{"type":"string"}}}]},"shape":{\
      "type":"object","properties":{"kind":{"type":"string"}},"if":{"properties":{"kind":{\
      "const":"circle"}}},"then":{"required":["radius"]},"else":{"required":["width"]}}},\
      "additionalProperties":false}""";

  @Test
  void aValidInstanceHasNoProblems() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json(PERSON));
    assertThat(validator.validate(json("{\"name\":\"Ada\",\"age\":36,\"tags\":[\"x\"]}")))
        .isEmpty();
    assertThat(validator.isValid(json("{\"name\":\"Ada\"}"))).isTrue();
    assertThat(validator.dialect()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void eachProblemHasItsJsonPathAndAShortReason() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json(PERSON));
    assertThat(validator.validate(json("{\"age\":-1,\"tags\":[\"ok\",7],\"extra\":true}")))
        .containsExactlyInAnyOrder(
            "$.age: must have a minimum value of 0",
            "$.tags[1]: integer found, string expected",
            "$: required property 'name' not found",
            "$: property 'extra' is not defined in the schema and the schema does not allow"
                + " additional properties");
    assertThat(validator.validate(json("{\"name\":3}")))
        .containsExactly("$.name: integer found, string expected");
    assertThat(validator.validate(json("[]"))).containsExactly("$: array found, object expected");
    assertThat(validator.isValid(json("{}"))).isFalse();
  }

  @Test
  void problemsNameNoJavaClasses() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json(PERSON));
    assertThat(validator.validate(json("{\"name\":{},\"age\":\"x\",\"tags\":{}}")))
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]")
            .doesNotContain("Node").doesNotContain("Exception"));
  }

  @Test
  void theConformanceSuiteSchemaCompilesUnalteredAndValidates() {
    JsonNode original = json(CONFORMANCE_TOOL);
    JsonSchemaValidator validator = JsonSchemaValidator.compile(original);
    assertThat(original).isEqualTo(json(CONFORMANCE_TOOL));
    assertThat(validator.schema().toString()).isEqualTo(json(CONFORMANCE_TOOL).toString());

    assertThat(validator.validate(json("""
        {"name":"n","address":{"street":"s","city":"c"},"contact":{"email":"e"},
         "shape":{"kind":"circle","radius":1}}"""))).isEmpty();
    assertThat(validator.validate(json("{\"shape\":{\"kind\":\"square\",\"width\":2}}")))
        .isEmpty();
    assertThat(validator.validate(json("{\"shape\":{\"kind\":\"circle\"}}")))
        .containsExactly("$.shape: required property 'radius' not found");
    assertThat(validator.validate(json("{\"shape\":{\"kind\":\"square\"}}")))
        .containsExactly("$.shape: required property 'width' not found");
    assertThat(validator.validate(json("{\"address\":{\"city\":5}}")))
        .containsExactly("$.address.city: integer found, string expected");
    assertThat(validator.validate(json("{\"contact\":{\"email\":1,\"phone\":2}}")))
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem).startsWith("$.contact"));
    assertThat(validator.validate(json("{\"nickname\":\"x\"}")))
        .containsExactly("$: property 'nickname' is not defined in the schema and the schema"
            + " does not allow additional properties");
  }

  @Test
  void anAnchorIsALocalReference() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"$defs":{"n":{"$anchor":"num","type":"number"}},"$ref":"#num"}"""));
    assertThat(validator.isValid(json("1.5"))).isTrue();
    assertThat(validator.validate(json("\"x\"")))
        .containsExactly("$: string found, number expected");
  }

  @Test
  void withoutSchemaTheDialectIs2020_12() {
    // prefixItems exists only in 2020-12; draft-07 would ignore it.
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"type":"array","prefixItems":[{"type":"string"}]}"""));
    assertThat(validator.validate(json("[1]"))).containsExactly(
        "$[0]: integer found, string expected");
  }

  @Test
  void draft07SchemasValidateByDraft07() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"$schema":"http://json-schema.org/draft-07/schema#","type":"object",
         "definitions":{"id":{"type":"integer"}},
         "properties":{"id":{"$ref":"#/definitions/id"},
           "pair":{"type":"array","items":[{"type":"string"},{"type":"boolean"}],
             "additionalItems":false}},
         "required":["id"]}"""));
    assertThat(validator.dialect()).isEqualTo("http://json-schema.org/draft-07/schema");
    assertThat(validator.validate(json("{\"id\":1,\"pair\":[\"a\",true]}"))).isEmpty();
    assertThat(validator.validate(json("{\"id\":\"1\",\"pair\":[\"a\",1,2]}")))
        .contains("$.id: string found, integer expected",
            "$.pair[1]: integer found, boolean expected");
  }

  @Test
  void anExplicit2020_12DialectMayEndWithAnEmptyFragment() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"$schema":"https://json-schema.org/draft/2020-12/schema#","type":"integer"}"""));
    assertThat(validator.dialect()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(validator.validate(json("1.5")))
        .containsExactly("$: number found, integer expected");
  }

  @Test
  void anUnknownDialectIsRefusedAsUnsupported() {
    for (String dialect : List.of("https://example.com/my-dialect",
        "http://json-schema.org/draft-04/schema#",
        "https://json-schema.org/draft/2030-01/schema")) {
      ObjectNode schema = JsonNodeFactory.instance.objectNode().put("$schema", dialect)
          .put("type", "object");
      assertThatThrownBy(() -> JsonSchemaValidator.compile(schema))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unsupported JSON Schema dialect")
          .hasMessageContaining(dialect);
    }
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("{\"$schema\":7}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported JSON Schema dialect");
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("""
        {"$defs":{"x":{"$schema":"https://example.com/other","type":"string"}}}""")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported JSON Schema dialect")
        .hasMessageContaining("/$defs/x/$schema");
  }

  @Test
  void aSchemaInvalidForItsDialectIsRefused() {
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("{\"type\":\"strnig\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid JSON Schema")
        .hasMessageContaining("$.type");
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("{\"minimum\":\"zero\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.minimum");
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("[]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object or a boolean");
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("{\"$ref\":\"#/$defs/missing\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/$defs/missing");
  }

  @Test
  void booleanSchemas() {
    assertThat(JsonSchemaValidator.compile(json("true")).isValid(json("{\"any\":1}"))).isTrue();
    assertThat(JsonSchemaValidator.compile(json("false")).isValid(json("{}"))).isFalse();
  }

  @Test
  void formatIsAnAnnotationNotAnAssertion() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"type":"string","format":"date-time"}"""));
    assertThat(validator.validate(json("\"not a date\""))).isEmpty();
  }

  @Test
  void theCompiledValidatorIsNotAffectedByLaterChangesToTheNode() {
    ObjectNode schema = (ObjectNode) json(PERSON);
    JsonSchemaValidator validator = JsonSchemaValidator.compile(schema);
    schema.put("additionalProperties", true);
    assertThat(validator.isValid(json("{\"name\":\"a\",\"extra\":1}"))).isFalse();
  }

  @Test
  void schemasBeyondTheSizeLimitsAreRefused() {
    SchemaLimits limits = new SchemaLimits(50, 8, 1_000, 32);
    ObjectNode wide = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = wide.putObject("properties");
    for (int i = 0; i < 30; i++) {
      properties.putObject("p" + i).put("type", "string");
    }
    assertThatThrownBy(() -> JsonSchemaValidator.compile(wide, limits))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 50 JSON values");

    ObjectNode deep = JsonNodeFactory.instance.objectNode();
    ObjectNode level = deep;
    for (int i = 0; i < 10; i++) {
      level = level.putObject("not");
    }
    assertThatThrownBy(() -> JsonSchemaValidator.compile(deep, limits))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested too deeply");
    assertThat(JsonSchemaValidator.compile(deep).isValid(json("1"))).isTrue();
  }

  @Test
  void validationBeyondTheEvaluationBudgetFails() {
    JsonNode schema = json("""
        {"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}""");
    ArrayNode many = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 500; i++) {
      many.add(i);
    }
    assertThat(JsonSchemaValidator.compile(schema).validate(many)).isEmpty();
    List<String> problems = JsonSchemaValidator.compile(schema,
        new SchemaLimits(1_000, 64, 100, 64)).validate(many);
    assertThat(problems).hasSize(1);
    assertThat(problems.getFirst())
        .contains("too costly to validate: more than 100 evaluation steps");
  }

  @Test
  void patternsMatchUnanchoredLikeEcmaScript() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"type":"object","properties":{"code":{"type":"string","pattern":"[0-9]{3}$"}},
         "patternProperties":{"^x-":{"type":"integer"}}}"""));
    assertThat(validator.validate(json("{\"code\":\"abc123\",\"x-a\":1}"))).isEmpty();
    assertThat(validator.validate(json("{\"code\":\"123\\n\",\"x-b\":\"no\"}")))
        .containsExactlyInAnyOrder("$.code: does not match the regex pattern [0-9]{3}$",
            "$['x-b']: string found, integer expected");
  }

  @Test
  void aBacktrackingPatternIsCutOffNotLeftRunning() {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json("""
        {"type":"string","pattern":"^((a+)\\\\2?)+$"}"""));
    assertThat(validator.validate(json("\"aaaa\""))).isEmpty();
    // The back-reference defeats the JDK's loop memoization: exponential in the number of a's.
    assertThat(validator.validate(json("\"" + "a".repeat(40) + "!\"")))
        .singleElement().asString().contains("too costly to validate");
  }

  @Test
  void aMalformedPatternIsRefusedAtCompile() {
    assertThatThrownBy(() -> JsonSchemaValidator.compile(json("{\"pattern\":\"(\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot compile the JSON Schema");
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    JsonSchemaValidator validator = JsonSchemaValidator.compile(json(CONFORMANCE_TOOL));
    JsonNode good = json("{\"shape\":{\"kind\":\"circle\",\"radius\":1}}");
    JsonNode bad = json("{\"shape\":{\"kind\":\"circle\"}}");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        boolean expectValid = i % 2 == 0;
        results.add(pool.submit(() -> validator.isValid(expectValid ? good : bad) == expectValid));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
