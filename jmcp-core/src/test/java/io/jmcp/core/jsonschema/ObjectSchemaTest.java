package io.jmcp.core.jsonschema;

import static io.jmcp.core.jsonschema.SchemaAssertions.assertSchema;
import static io.jmcp.core.jsonschema.SchemaAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpJson;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

/** Records and plain classes: properties, required-ness, names, descriptions, recursion. */
class ObjectSchemaTest {

  record NoArguments() {
  }

  @Test
  void aRecordWithoutComponentsIsTheRecommendedNoArgumentSchema() {
    assertSchema(NoArguments.class, "{\"type\":\"object\",\"additionalProperties\":false}");
  }

  /** Stands for the declaration-style Nullable annotations of other libraries. */
  static final class Legacy {
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
    @interface Nullable {
    }
  }

  @Description("Finds places by name")
  record Search(
      @Description("What to look for") String query,
      @Description("At most this many results") @Nullable Integer limit,
      Optional<String> language,
      int page,
      @Legacy.Nullable String region) {
  }

  @Test
  void requiredUnlessOptionalOrNullableAndDescriptionsFromAnnotations() {
    assertSchema(Search.class, """
        {"type":"object","properties":{
          "query":{"type":"string","description":"What to look for"},
          "limit":{"type":"integer","minimum":-2147483648,"maximum":2147483647,
            "description":"At most this many results"},
          "language":{"type":"string"},
          "page":{"type":"integer","minimum":-2147483648,"maximum":2147483647},
          "region":{"type":"string"}},
         "required":["query","page"],"additionalProperties":false,
         "description":"Finds places by name"}""");
  }

  record Renamed(@JsonProperty("first_name") String firstName,
      @JsonProperty("tags") @Nullable List<String> labels,
      @JsonIgnore @Nullable String secret) {
  }

  @Test
  void propertyNamesAreTheJsonNamesJacksonBinds() {
    assertSchema(Renamed.class, """
        {"type":"object","properties":{
          "first_name":{"type":"string"},
          "tags":{"type":"array","items":{"type":"string"}}},
         "required":["first_name"],"additionalProperties":false}""");
    Renamed bound = McpJson.fromTree(json("{\"first_name\":\"Ada\",\"tags\":[\"x\"]}"),
        Renamed.class);
    assertThat(bound).isEqualTo(new Renamed("Ada", List.of("x"), null));
    assertThat(McpJson.toTree(bound).toString())
        .isEqualTo("{\"first_name\":\"Ada\",\"tags\":[\"x\"]}");
  }

  @Description("A postal address")
  record Address(String street, String city) {
  }

  record Person(String name, @Description("Where they live") Address home,
      @Nullable Address work) {
  }

  @Test
  void nestedRecordsAreInlinedAndThePropertyDescriptionWins() {
    assertSchema(Person.class, """
        {"type":"object","properties":{
          "name":{"type":"string"},
          "home":{"type":"object","properties":{
            "street":{"type":"string"},"city":{"type":"string"}},
            "required":["street","city"],"additionalProperties":false,
            "description":"Where they live"},
          "work":{"type":"object","properties":{
            "street":{"type":"string"},"city":{"type":"string"}},
            "required":["street","city"],"additionalProperties":false,
            "description":"A postal address"}},
         "required":["name","home"],"additionalProperties":false}""");
  }

  record TreeNode(String label, List<TreeNode> children) {
  }

  @Test
  void aRecursiveRootRefersToItself() {
    assertSchema(TreeNode.class, """
        {"type":"object","properties":{
          "label":{"type":"string"},
          "children":{"type":"array","items":{"$ref":"#"}}},
         "required":["label","children"],"additionalProperties":false}""");
  }

  record Employee(String name, @Nullable Employee manager, List<Employee> reports) {
  }

  record Company(Employee ceo, @Description("The board") List<Employee> board) {
  }

  @Test
  void aRecursiveNestedTypeIsDefinedOnceInDefs() {
    ObjectNode schema = assertSchema(Company.class, """
        {"type":"object","properties":{
          "ceo":{"$ref":"#/$defs/Employee"},
          "board":{"type":"array","items":{"$ref":"#/$defs/Employee"},"description":"The board"}},
         "required":["ceo","board"],"additionalProperties":false,
         "$defs":{"Employee":{"type":"object","properties":{
            "name":{"type":"string"},
            "manager":{"$ref":"#/$defs/Employee"},
            "reports":{"type":"array","items":{"$ref":"#/$defs/Employee"}}},
          "required":["name","reports"],"additionalProperties":false}}}""");
    JsonSchemaValidator validator = JsonSchemaValidator.compile(schema);
    assertThat(validator.validate(json("""
        {"ceo":{"name":"a","reports":[{"name":"b","reports":[]}]},"board":[]}""")))
        .isEmpty();
    assertThat(validator.validate(json("""
        {"ceo":{"name":"a","reports":[{"name":"b","reports":[{"name":1,"reports":[]}]}]},
         "board":[]}""")))
        .containsExactly("$.ceo.reports[0].reports[0].name: integer found, string expected");
  }

  record A(String name, @Nullable B b) {
  }

  record B(A a) {
  }

  record Pair(A left, A right) {
  }

  @Test
  void mutuallyRecursiveTypesTerminate() {
    assertSchema(Pair.class, """
        {"type":"object","properties":{
          "left":{"$ref":"#/$defs/A"},
          "right":{"$ref":"#/$defs/A"}},
         "required":["left","right"],"additionalProperties":false,
         "$defs":{"A":{"type":"object","properties":{
            "name":{"type":"string"},
            "b":{"type":"object","properties":{"a":{"$ref":"#/$defs/A"}},
              "required":["a"],"additionalProperties":false}},
          "required":["name"],"additionalProperties":false}}}""");
  }

  record Page<T>(List<T> items, @Nullable String nextCursor) {
  }

  record Labelled<V>(Map<String, V> byName, Page<V> page) {
  }

  @Test
  void typeArgumentsAreResolved() {
    assertSchema(new TypeReference<Labelled<Boolean>>() { }.getType(), """
        {"type":"object","properties":{
          "byName":{"type":"object","additionalProperties":{"type":"boolean"}},
          "page":{"type":"object","properties":{
            "items":{"type":"array","items":{"type":"boolean"}},
            "nextCursor":{"type":"string"}},
            "required":["items"],"additionalProperties":false}},
         "required":["byName","page"],"additionalProperties":false}""");
  }

  record Branch<T>(T value, List<Branch<T>> branches) {
  }

  @Test
  void aRecursiveGenericTypeIsRecognisedWithItsArguments() {
    SchemaAssertions.assertValueSchema(new TypeReference<List<Branch<Integer>>>() { }.getType(), """
        {"type":"array","items":{"$ref":"#/$defs/Branch"},
         "$defs":{"Branch":{"type":"object","properties":{
            "value":{"type":"integer","minimum":-2147483648,"maximum":2147483647},
            "branches":{"type":"array","items":{"$ref":"#/$defs/Branch"}}},
          "required":["value","branches"],"additionalProperties":false}}}""");
  }

  /** A plain class: public instance fields are the properties, superclass fields first. */
  public static class Base {
    public String id;
    public static String ignoredStatic = "x";
    private String ignoredPrivate;
    public transient String ignoredTransient;
  }

  public static class Note extends Base {
    @Description("The text")
    public String body;
    public @Nullable List<String> tags;
    @JsonProperty("when")
    public long timestamp;
  }

  @Test
  void classesWithPublicFieldsAreObjects() {
    assertSchema(Note.class, """
        {"type":"object","properties":{
          "id":{"type":"string"},
          "body":{"type":"string","description":"The text"},
          "tags":{"type":"array","items":{"type":"string"}},
          "when":{"type":"integer"}},
         "required":["id","body","when"],"additionalProperties":false}""");
  }

  @Test
  void generationIsDeterministic() {
    JsonSchemaGenerator generator = new JsonSchemaGenerator();
    assertThat(generator.schemaFor(Company.class).toString())
        .isEqualTo(generator.schemaFor(Company.class).toString());
  }
}
