package io.jmcp.core.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jmcp.schema.McpJson;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Shared checks: exact generated JSON, and validity against the 2020-12 meta-schema. */
final class SchemaAssertions {

  // Straight from the validation library, independent of JsonSchemaValidator's own meta check.
  private static final Schema META_2020_12 = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  private SchemaAssertions() {
  }

  static JsonNode json(String text) {
    return McpJson.mapper().readTree(text);
  }

  /** The object schema of {@code type} is exactly {@code expected}, member order included. */
  static ObjectNode assertSchema(Type type, String expected) {
    ObjectNode schema = new JsonSchemaGenerator().schemaFor(type);
    assertExactly(schema, expected);
    return schema;
  }

  /** The value schema of {@code type} is exactly {@code expected}, member order included. */
  static ObjectNode assertValueSchema(Type type, String expected) {
    ObjectNode schema = new JsonSchemaGenerator().valueSchemaFor(type);
    assertExactly(schema, expected);
    return schema;
  }

  static void assertExactly(JsonNode schema, String expected) {
    assertThat(schema.toString()).isEqualTo(json(expected).toString());
    assertMetaValid(schema);
  }

  static void assertMetaValid(JsonNode schema) {
    assertThat(META_2020_12.validate(schema)).as("meta-schema errors of %s", schema).isEmpty();
  }
}
