package io.jmcp.core.jsonschema;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (2020-12) of a Java type, describing the JSON jmcp's Jackson mapper
 * reads and writes for it: the {@code inputSchema} of a tool whose arguments are a record, or the
 * {@code outputSchema} of its result (spec: server "Tools", basic "JSON Schema Usage").
 *
 * <p>Records and classes with public fields become objects with {@code properties} in declaration
 * order, {@code required} members (all but {@code Optional*} and {@code @Nullable} ones) and
 * {@code "additionalProperties": false}; nested types are inlined, and a type that contains itself
 * is written once under {@code $defs} and referenced with {@code $ref} ({@code "#"} for the root).
 * No {@code $schema} is written: a schema without one is 2020-12 in MCP. Instances are stateless
 * and safe to share.
 */
public final class JsonSchemaGenerator {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * The schema of {@code type}, which must describe a JSON object (a record, a class with public
   * fields, or a {@code Map}), as tool input schemas must.
   *
   * @throws IllegalArgumentException if the type is not an object type, or contains a type JSON
   *     Schema cannot describe (the message names the type and where it was met)
   */
  public ObjectNode schemaFor(Type type) {
    ObjectNode schema = valueSchemaFor(type);
    if (!schema.path("type").asString("").equals("object")) {
      throw new IllegalArgumentException("the schema of " + type.getTypeName()
          + " must describe a JSON object (tool input schemas are objects), but it is " + schema);
    }
    return schema;
  }

  /**
   * The schema of {@code type}, of any kind: for output schemas of protocol revisions that allow
   * results that are not objects.
   *
   * @throws IllegalArgumentException if the type contains a type JSON Schema cannot describe
   */
  public ObjectNode valueSchemaFor(Type type) {
    return new Run(GenericTypes.resolve(type, Map.of())).schema();
  }

  /** One generation: the state needed to find recursive types and lay out {@code $defs}. */
  private static final class Run {

    private final Type root;
    private final String rootKey;
    private final Set<String> inProgress = new LinkedHashSet<>();
    private final Map<String, String> defNames = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final ObjectNode defs = JSON.objectNode();

    Run(Type root) {
      this.root = root;
      this.rootKey = GenericTypes.key(root);
    }

    ObjectNode schema() {
      ObjectNode schema = schema(root, "$");
      if (!defs.isEmpty()) {
        schema.set("$defs", defs);
      }
      return schema;
    }

    private ObjectNode schema(Type type, String path) {
      Class<?> raw = GenericTypes.rawClass(type);
      ObjectNode scalar = ScalarSchemas.of(raw);
      if (scalar != null) {
        return scalar;
      }
      if (raw == Optional.class) {
        return schema(GenericTypes.typeArgument(type, Optional.class, 0), path);
      }
      if (raw == OptionalInt.class) {
        return schema(int.class, path);
      }
      if (raw == OptionalLong.class) {
        return schema(long.class, path);
      }
      if (raw == OptionalDouble.class) {
        return schema(double.class, path);
      }
      if (raw.isEnum()) {
        return describe(EnumSchema.of(raw), raw);
      }
      if (raw.isArray()) {
        Type component = type instanceof GenericArrayType array
            ? array.getGenericComponentType() : raw.getComponentType();
        return array(component, false, path);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        return array(GenericTypes.typeArgument(type, Collection.class, 0),
            Set.class.isAssignableFrom(raw), path);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map(type, path);
      }
      return object(type, raw, path);
    }

    private ObjectNode array(Type element, boolean unique, String path) {
      ObjectNode schema = JSON.objectNode().put("type", "array");
      ObjectNode items = schema(GenericTypes.resolve(element, Map.of()), path + "[]");
      if (!items.isEmpty()) {
        schema.set("items", items);
      }
      if (unique) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }

    private ObjectNode map(Type type, String path) {
      Class<?> key = GenericTypes.rawClass(GenericTypes.typeArgument(type, Map.class, 0));
      if (key != String.class && key != CharSequence.class && key != Object.class) {
        throw unsupported(type, path, "map keys must be strings");
      }
      ObjectNode schema = JSON.objectNode().put("type", "object");
      ObjectNode values = schema(GenericTypes.typeArgument(type, Map.class, 1), path + ".*");
      if (!values.isEmpty()) {
        schema.set("additionalProperties", values);
      }
      return schema;
    }

    private ObjectNode object(Type type, Class<?> raw, String path) {
      String key = GenericTypes.key(type);
      if (inProgress.contains(key) || defNames.containsKey(key)) {
        return reference(key, raw);
      }
      if (!isDataClass(raw)) {
        throw unsupported(type, path, "use a record, a class with public fields, an enum, a"
            + " collection, a map or a scalar type");
      }
      inProgress.add(key);
      ObjectNode schema = JSON.objectNode().put("type", "object");
      ObjectNode properties = JSON.objectNode();
      ArrayNode required = JSON.arrayNode();
      for (ObjectProperty property : ObjectProperty.of(type)) {
        ObjectNode propertySchema = schema(property.type(), path + "." + property.name());
        if (property.description() != null) {
          propertySchema.put("description", property.description());
        }
        properties.set(property.name(), propertySchema);
        if (property.required()) {
          required.add(property.name());
        }
      }
      if (!properties.isEmpty()) {
        schema.set("properties", properties);
      }
      if (!required.isEmpty()) {
        schema.set("required", required);
      }
      schema.put("additionalProperties", false);
      describe(schema, raw);
      inProgress.remove(key);
      String defName = defNames.get(key);
      if (defName == null || key.equals(rootKey)) {
        return schema;
      }
      defs.set(defName, schema);
      return reference(key, raw);
    }

    /** A reference to a type that contains itself: the root is {@code #}, others in $defs. */
    private ObjectNode reference(String key, Class<?> raw) {
      if (key.equals(rootKey)) {
        return JSON.objectNode().put("$ref", "#");
      }
      String name = defNames.computeIfAbsent(key, unused -> uniqueName(raw.getSimpleName()));
      return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    private String uniqueName(String simpleName) {
      String name = simpleName;
      for (int i = 2; !usedNames.add(name); i++) {
        name = simpleName + i;
      }
      return name;
    }

    private static boolean isDataClass(Class<?> raw) {
      if (raw.isRecord()) {
        return true;
      }
      if (raw.isInterface() || raw.isPrimitive() || Modifier.isAbstract(raw.getModifiers())) {
        return false;
      }
      List<ObjectProperty> properties = ObjectProperty.of(raw);
      return !properties.isEmpty();
    }

    private static ObjectNode describe(ObjectNode schema, Class<?> raw) {
      Description description = raw.getAnnotation(Description.class);
      if (description != null) {
        schema.put("description", description.value());
      }
      return schema;
    }

    private static IllegalArgumentException unsupported(Type type, String path, String hint) {
      return new IllegalArgumentException("JSON Schema cannot describe " + type.getTypeName()
          + " at " + path + ": " + hint);
    }
  }
}
