package io.jmcp.core.jsonschema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether a schema may be compiled at all, before the validation library sees it: it must
 * fit the {@link SchemaLimits}, name only supported dialects, and every {@code $ref} or
 * {@code $dynamicRef} must point into the schema itself (a fragment, or a resource the schema
 * embeds with {@code $id}).
 *
 * <p>Spec 2026-07-28, basic "JSON Schema Usage": a {@code $ref} that resolves to a network URI
 * must not be dereferenced, and a schema that depends on one should be rejected rather than
 * treated as accepting anything. jmcp has no fetch mode; file and class path URIs are refused
 * the same way.
 */
final class SchemaAdmission {

  /** The base of a schema without a root {@code $id}; never loaded, only used to compare. */
  private static final URI DOCUMENT_BASE = URI.create("https://schema.jmcp.invalid/document.json");

  private static final Set<String> SUBSCHEMA = Set.of("additionalProperties", "additionalItems",
      "items", "contains", "propertyNames", "not", "if", "then", "else", "unevaluatedItems",
      "unevaluatedProperties", "contentSchema");
  private static final Set<String> SUBSCHEMA_MAP = Set.of("properties", "patternProperties",
      "$defs", "definitions", "dependentSchemas", "dependencies");
  private static final Set<String> SUBSCHEMA_ARRAY = Set.of("allOf", "anyOf", "oneOf",
      "prefixItems", "items");

  private final Set<URI> resources = new HashSet<>();
  private final List<Reference> references = new ArrayList<>();

  private SchemaAdmission() {
  }

  /**
   * Checks {@code schema} and returns its dialect.
   *
   * @throws IllegalArgumentException saying what is wrong and where
   */
  static SchemaDialect check(JsonNode schema, SchemaLimits limits) {
    if (!schema.isObject() && !schema.isBoolean()) {
      throw new IllegalArgumentException("a JSON Schema is an object or a boolean, not "
          + schema.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    int nodes = count(schema, 0, limits);
    if (nodes > limits.maxSchemaNodes()) {
      throw new IllegalArgumentException("schema too large: more than " + limits.maxSchemaNodes()
          + " JSON values");
    }
    SchemaDialect dialect = schema.has("$schema") ? dialect(schema.get("$schema"), "")
        : SchemaDialect.DRAFT_2020_12;
    SchemaAdmission admission = new SchemaAdmission();
    admission.resources.add(DOCUMENT_BASE);
    admission.visit(schema, DOCUMENT_BASE, "");
    admission.verifyReferences();
    return dialect;
  }

  private static int count(JsonNode node, int depth, SchemaLimits limits) {
    if (depth > limits.maxSchemaDepth()) {
      throw new IllegalArgumentException("schema nested too deeply: more than "
          + limits.maxSchemaDepth() + " levels");
    }
    int total = 1;
    for (JsonNode child : node) {
      total += count(child, depth + 1, limits);
      if (total > limits.maxSchemaNodes()) {
        break;
      }
    }
    return total;
  }

  private static SchemaDialect dialect(JsonNode value, String pointer) {
    SchemaDialect dialect = value.isString() ? SchemaDialect.of(value.stringValue()) : null;
    if (dialect == null) {
      throw new IllegalArgumentException("unsupported JSON Schema dialect " + value
          + (pointer.isEmpty() ? "" : " at " + pointer) + "; supported: "
          + SchemaDialect.supported() + " (no $schema means 2020-12)");
    }
    return dialect;
  }

  private void visit(JsonNode schema, URI base, String pointer) {
    if (!schema.isObject()) {
      return;
    }
    if (!pointer.isEmpty() && schema.has("$schema")) {
      dialect(schema.get("$schema"), pointer + "/$schema");
    }
    URI here = base;
    JsonNode id = schema.get("$id");
    if (id != null && id.isString() && !id.stringValue().startsWith("#")) {
      here = withoutFragment(resolve(base, id.stringValue(), pointer + "/$id"));
      resources.add(here);
    }
    for (String keyword : List.of("$ref", "$dynamicRef", "$recursiveRef")) {
      JsonNode ref = schema.get(keyword);
      if (ref != null && ref.isString()) {
        references.add(new Reference(keyword, pointer + "/" + escape(keyword), ref.stringValue(),
            here));
      }
    }
    for (Map.Entry<String, JsonNode> member : schema.properties()) {
      String keyword = member.getKey();
      JsonNode value = member.getValue();
      String at = pointer + "/" + escape(keyword);
      if (SUBSCHEMA.contains(keyword)) {
        visit(value, here, at);
      }
      if (SUBSCHEMA_ARRAY.contains(keyword) && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          visit(value.get(i), here, at + "/" + i);
        }
      }
      if (SUBSCHEMA_MAP.contains(keyword) && value.isObject()) {
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
          visit(entry.getValue(), here, at + "/" + escape(entry.getKey()));
        }
      }
    }
  }

  private void verifyReferences() {
    for (Reference reference : references) {
      if (reference.target().startsWith("#")) {
        continue;
      }
      URI target = withoutFragment(resolve(reference.base(), reference.target(),
          reference.pointer()));
      if (!resources.contains(target)) {
        throw new IllegalArgumentException(reference.keyword() + " \""
            + reference.target() + "\" at " + reference.pointer() + " points outside the schema;"
            + " schemas are never loaded from the network or the file system, only references"
            + " into the schema itself (#..., $defs, embedded $id) are followed");
      }
    }
  }

  private static URI resolve(URI base, String reference, String pointer) {
    try {
      return base.resolve(new URI(reference));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed URI \"" + reference + "\" at " + pointer, e);
    }
  }

  private static URI withoutFragment(URI uri) {
    try {
      return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed URI " + uri, e);
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A reference met while walking: where it is, what it says, the base it resolves against. */
  private record Reference(String keyword, String pointer, String target, URI base) {
  }
}
