package io.jmcp.core.jsonschema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One member of a JSON object described by a record or a class with public fields, named as
 * Jackson binds it.
 *
 * @param name the JSON member name ({@code @JsonProperty} wins over the Java name)
 * @param type the member's resolved Java type
 * @param required whether the member must be present: not {@code Optional*} and not
 *     {@code @Nullable}; primitives always are
 * @param description the {@link Description} text, if any
 */
record ObjectProperty(String name, Type type, boolean required, @Nullable String description) {

  /** The properties of {@code type}, a resolved record or plain class, in declaration order. */
  static List<ObjectProperty> of(Type type) {
    Class<?> raw = GenericTypes.rawClass(type);
    List<ObjectProperty> properties = new ArrayList<>();
    if (raw.isRecord()) {
      Map<TypeVariable<?>, Type> bindings = GenericTypes.bindingsOf(type);
      for (RecordComponent component : raw.getRecordComponents()) {
        Field field = declaredField(raw, component.getName());
        AnnotatedElement[] sources = field == null
            ? new AnnotatedElement[] {component, component.getAccessor()}
            : new AnnotatedElement[] {component, field, component.getAccessor()};
        add(properties, component.getName(), GenericTypes.resolve(component.getGenericType(),
            bindings), component.getAnnotatedType(), sources);
      }
      return properties;
    }
    for (Class<?> level : hierarchy(raw)) {
      for (Field field : level.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)
            && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
          Type levelType = GenericTypes.supertype(type, level);
          add(properties, field.getName(), GenericTypes.resolve(field.getGenericType(),
              GenericTypes.bindingsOf(levelType == null ? level : levelType)),
              field.getAnnotatedType(), field);
        }
      }
    }
    return properties;
  }

  private static void add(List<ObjectProperty> properties, String javaName, Type type,
      AnnotatedType annotatedType, AnnotatedElement... sources) {
    if (annotation(JsonIgnore.class, sources) instanceof JsonIgnore ignore && ignore.value()) {
      return;
    }
    JsonProperty renamed = annotation(JsonProperty.class, sources);
    String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : javaName;
    Description description = annotation(Description.class, sources);
    Class<?> raw = GenericTypes.rawClass(type);
    boolean required = raw.isPrimitive()
        || !(isOptional(raw) || isNullable(annotatedType, sources));
    properties.add(new ObjectProperty(name, type, required,
        description == null ? null : description.value()));
  }

  /** {@code Optional}, {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}. */
  static boolean isOptional(Class<?> raw) {
    return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
        || raw == OptionalDouble.class;
  }

  // JSpecify's @Nullable is a type-use annotation; other libraries' are declaration annotations.
  // Any annotation named Nullable counts, so code using either kind gets the same schema.
  private static boolean isNullable(AnnotatedType type, AnnotatedElement... sources) {
    List<Annotation> annotations = new ArrayList<>(List.of(type.getAnnotations()));
    for (AnnotatedElement source : sources) {
      annotations.addAll(List.of(source.getAnnotations()));
    }
    return annotations.stream()
        .anyMatch(annotation -> annotation.annotationType().getSimpleName().equals("Nullable"));
  }

  private static <A extends Annotation> @Nullable A annotation(Class<A> type,
      AnnotatedElement... sources) {
    for (AnnotatedElement source : sources) {
      A found = source.getAnnotation(type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable Field declaredField(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /** The class and its superclasses, the topmost first, without {@code Object}. */
  private static Deque<Class<?>> hierarchy(Class<?> type) {
    Deque<Class<?>> levels = new ArrayDeque<>();
    for (Class<?> level = type; level != null && level != Object.class;
        level = level.getSuperclass()) {
      levels.addFirst(level);
    }
    return levels;
  }
}
