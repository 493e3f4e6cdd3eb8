package io.jmcp.core.jsonschema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jmcp.schema.McpJson;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of an enum: its constants as Jackson writes them, which is the constant's name unless
 * the constant carries {@code @JsonProperty("...")} or the enum has a {@code @JsonValue} member.
 */
final class EnumSchema {

  private EnumSchema() {
  }

  static ObjectNode of(Class<?> type) {
    AccessibleObject valueMember = jsonValueMember(type);
    List<JsonNode> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      values.add(valueMember != null ? McpJson.toTree(read(valueMember, constant))
          : McpJson.toTree(nameOf((Enum<?>) constant)));
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode().addAll(values);
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    if (values.stream().allMatch(JsonNode::isString)) {
      schema.put("type", "string");
    } else if (values.stream().allMatch(JsonNode::isIntegralNumber)) {
      schema.put("type", "integer");
    }
    return schema.set("enum", array);
  }

  private static String nameOf(Enum<?> constant) {
    try {
      Field field = constant.getDeclaringClass().getField(constant.name());
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      return property != null && !property.value().isEmpty() ? property.value() : constant.name();
    } catch (NoSuchFieldException e) {
      return constant.name();
    }
  }

  private static @Nullable AccessibleObject jsonValueMember(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      JsonValue value = method.getAnnotation(JsonValue.class);
      if (value != null && value.value() && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    for (Field field : type.getDeclaredFields()) {
      JsonValue value = field.getAnnotation(JsonValue.class);
      if (value != null && value.value() && !Modifier.isStatic(field.getModifiers())) {
        return field;
      }
    }
    return null;
  }

  private static @Nullable Object read(AccessibleObject member, Object constant) {
    if (!member.trySetAccessible()) {
      throw new IllegalArgumentException("cannot read the @JsonValue "
          + ((Member) member).getName() + " of " + constant.getClass().getName()
          + ": open its package to io.jmcp.core");
    }
    try {
      return member instanceof Method method ? method.invoke(constant)
          : ((Field) member).get(constant);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException("cannot read the @JsonValue of "
          + constant.getClass().getName() + ": " + e, e);
    }
  }
}
