package io.jmcp.core.jsonschema;

import static io.jmcp.core.jsonschema.SchemaAssertions.assertSchema;
import static io.jmcp.core.jsonschema.SchemaAssertions.assertValueSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jmcp.schema.McpJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Type mapping rules: scalars, enums, collections, maps, optionals, and what is refused. */
class JsonSchemaGeneratorTest {

  private static final String INT_RANGE = "\"minimum\":-2147483648,\"maximum\":2147483647";

  record Text(String string, CharSequence chars, char letter, Character boxedLetter) {
  }

  @Test
  void stringsAndCharacters() {
    assertSchema(Text.class, """
        {"type":"object","properties":{
          "string":{"type":"string"},
          "chars":{"type":"string"},
          "letter":{"type":"string","minLength":1,"maxLength":1},
          "boxedLetter":{"type":"string","minLength":1,"maxLength":1}},
         "required":["string","chars","letter","boxedLetter"],"additionalProperties":false}""");
  }

  record Numbers(byte b, Byte bb, short s, Short bs, int i, Integer bi, long l, Long bl,
      BigInteger big, float f, Float bf, double d, Double bd, BigDecimal decimal, boolean flag,
      Boolean boxedFlag) {
  }

  @Test
  void numbersAndBooleansWithJavaRanges() {
    assertSchema(Numbers.class, """
        {"type":"object","properties":{
          "b":{"type":"integer","minimum":-128,"maximum":127},
          "bb":{"type":"integer","minimum":-128,"maximum":127},
          "s":{"type":"integer","minimum":-32768,"maximum":32767},
          "bs":{"type":"integer","minimum":-32768,"maximum":32767},
          "i":{"type":"integer",%1$s},
          "bi":{"type":"integer",%1$s},
          "l":{"type":"integer"},
          "bl":{"type":"integer"},
          "big":{"type":"integer"},
          "f":{"type":"number"},
          "bf":{"type":"number"},
          "d":{"type":"number"},
          "bd":{"type":"number"},
          "decimal":{"type":"number"},
          "flag":{"type":"boolean"},
          "boxedFlag":{"type":"boolean"}},
         "required":["b","bb","s","bs","i","bi","l","bl","big","f","bf","d","bd","decimal",
           "flag","boxedFlag"],
         "additionalProperties":false}""".formatted(INT_RANGE));
  }

  record WellKnown(Instant instant, OffsetDateTime offset, ZonedDateTime zoned, LocalDate day,
      URI uri, URL url, UUID id, JsonNode anyJson, ObjectNode anyObject, Object anything,
      byte[] bytes) {
  }

  @Test
  void wellKnownTypesAsFormattedStringsAndAnything() {
    assertSchema(WellKnown.class, """
        {"type":"object","properties":{
          "instant":{"type":"string","format":"date-time"},
          "offset":{"type":"string","format":"date-time"},
          "zoned":{"type":"string","format":"date-time"},
          "day":{"type":"string","format":"date"},
          "uri":{"type":"string","format":"uri"},
          "url":{"type":"string","format":"uri"},
          "id":{"type":"string","format":"uuid"},
          "anyJson":{},
          "anyObject":{"type":"object"},
          "anything":{},
          "bytes":{"type":"string","contentEncoding":"base64"}},
         "required":["instant","offset","zoned","day","uri","url","id","anyJson","anyObject",
           "anything","bytes"],
         "additionalProperties":false}""");
  }

  @Test
  void formattedValuesAreWhatTheMapperWrites() {
    // The formats promise ISO strings; check the mapper really writes them that way.
    WellKnown value = new WellKnown(Instant.parse("2025-01-02T03:04:05Z"),
        OffsetDateTime.parse("2025-01-02T03:04:05+01:00"), null, LocalDate.parse("2025-01-02"),
        URI.create("https://example.com/a"), null, new UUID(1, 2), null, null, null,
        new byte[] {1, 2, 3});
    JsonNode json = SchemaAssertions.json(McpJson.mapper().writeValueAsString(value));
    assertThat(json.get("instant").stringValue()).isEqualTo("2025-01-02T03:04:05Z");
    assertThat(json.get("offset").stringValue()).isEqualTo("2025-01-02T03:04:05+01:00");
    assertThat(json.get("day").stringValue()).isEqualTo("2025-01-02");
    assertThat(json.get("uri").stringValue()).isEqualTo("https://example.com/a");
    assertThat(json.get("id").stringValue()).isEqualTo("00000000-0000-0001-0000-000000000002");
    assertThat(json.get("bytes").stringValue()).isEqualTo("AQID");
  }

  enum Color { RED, GREEN }

  enum Size {
    @JsonProperty("s") SMALL,
    @JsonProperty("l") LARGE
  }

  enum Level {
    LOW(1), HIGH(2);

    private final int code;

    Level(int code) {
      this.code = code;
    }

    @JsonValue
    int code() {
      return code;
    }
  }

  @Description("How urgent it is")
  enum Urgency {
    NOW, LATER;

    @JsonValue
    String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Enums(Color color, Size size, Level level, Urgency urgency) {
  }

  @Test
  void enumsUseTheNamesJacksonWrites() {
    assertSchema(Enums.class, """
        {"type":"object","properties":{
          "color":{"type":"string","enum":["RED","GREEN"]},
          "size":{"type":"string","enum":["s","l"]},
          "level":{"type":"integer","enum":[1,2]},
          "urgency":{"type":"string","enum":["now","later"],"description":"How urgent it is"}},
         "required":["color","size","level","urgency"],"additionalProperties":false}""");
    JsonNode written = McpJson.toTree(new Enums(Color.RED, Size.LARGE, Level.HIGH, Urgency.NOW));
    assertThat(written.toString())
        .isEqualTo("{\"color\":\"RED\",\"size\":\"l\",\"level\":2,\"urgency\":\"now\"}");
  }

  record Collections(List<String> list, Set<Integer> set, SortedSet<Color> sorted,
      Collection<Boolean> any, String[] array, int[] ints, List<List<Double>> matrix,
      List<Object> mixed) {
  }

  @Test
  void collectionsAndArraysAreArrays() {
    assertSchema(Collections.class, """
        {"type":"object","properties":{
          "list":{"type":"array","items":{"type":"string"}},
          "set":{"type":"array","items":{"type":"integer",%1$s},"uniqueItems":true},
          "sorted":{"type":"array","items":{"type":"string","enum":["RED","GREEN"]},
            "uniqueItems":true},
          "any":{"type":"array","items":{"type":"boolean"}},
          "array":{"type":"array","items":{"type":"string"}},
          "ints":{"type":"array","items":{"type":"integer",%1$s}},
          "matrix":{"type":"array","items":{"type":"array","items":{"type":"number"}}},
          "mixed":{"type":"array"}},
         "required":["list","set","sorted","any","array","ints","matrix","mixed"],
         "additionalProperties":false}""".formatted(INT_RANGE));
  }

  record Maps(Map<String, Integer> counts, Map<String, List<String>> tags,
      Map<String, Object> free) {
  }

  @Test
  void stringKeyedMapsAreObjectsWithAdditionalProperties() {
    assertSchema(Maps.class, """
        {"type":"object","properties":{
          "counts":{"type":"object","additionalProperties":{"type":"integer",%1$s}},
          "tags":{"type":"object",
            "additionalProperties":{"type":"array","items":{"type":"string"}}},
          "free":{"type":"object"}},
         "required":["counts","tags","free"],"additionalProperties":false}"""
        .formatted(INT_RANGE));
  }

  @Test
  void aMapCanBeTheRoot() {
    assertSchema(new TypeReference<Map<String, String>>() { }.getType(),
        "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}");
  }

  record Optionals(Optional<String> text, OptionalInt count, OptionalLong big,
      OptionalDouble ratio, List<Optional<String>> maybes) {
  }

  @Test
  void optionalsDescribeTheirValueAndAreNotRequired() {
    assertSchema(Optionals.class, """
        {"type":"object","properties":{
          "text":{"type":"string"},
          "count":{"type":"integer",%1$s},
          "big":{"type":"integer"},
          "ratio":{"type":"number"},
          "maybes":{"type":"array","items":{"type":"string"}}},
         "required":["maybes"],"additionalProperties":false}""".formatted(INT_RANGE));
  }

  @Test
  void valueSchemasNeedNotBeObjects() {
    assertValueSchema(String.class, "{\"type\":\"string\"}");
    assertValueSchema(new TypeReference<List<Color>>() { }.getType(),
        "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]}}");
    assertValueSchema(Object.class, "{}");
  }

  @Test
  void aRootThatIsNotAnObjectIsRefused() {
    JsonSchemaGenerator generator = new JsonSchemaGenerator();
    assertThatThrownBy(() -> generator.schemaFor(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String")
        .hasMessageContaining("must describe a JSON object");
    assertThatThrownBy(() -> generator.schemaFor(new TypeReference<List<String>>() { }.getType()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must describe a JSON object");
    assertThatThrownBy(() -> generator.schemaFor(Object.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  record Inner(List<Thread> workers) {
  }

  record Outer(String name, Inner inner) {
  }

  record BadKeys(Map<Integer, String> byNumber) {
  }

  interface Shape {
  }

  record Drawing(Shape shape) {
  }

  @Test
  void unsupportedTypesAreNamedWithTheirPath() {
    JsonSchemaGenerator generator = new JsonSchemaGenerator();
    assertThatThrownBy(() -> generator.schemaFor(Outer.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Thread")
        .hasMessageContaining("$.inner.workers[]");
    assertThatThrownBy(() -> generator.schemaFor(BadKeys.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.byNumber")
        .hasMessageContaining("map keys must be strings");
    assertThatThrownBy(() -> generator.schemaFor(Drawing.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Shape.class.getName())
        .hasMessageContaining("$.shape");
  }
}
