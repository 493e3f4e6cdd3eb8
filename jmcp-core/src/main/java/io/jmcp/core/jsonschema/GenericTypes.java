package io.jmcp.core.jsonschema;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Generic type arithmetic for schema generation: type variables are replaced by what they are
 * bound to, so {@code Page<String>} describes its {@code List<T> items} as a list of strings.
 * Every type the generator sees has been through {@link #resolve}: a {@link Class}, a
 * {@link ParameterizedType} with concrete arguments, or a {@link GenericArrayType} of those.
 */
final class GenericTypes {

  private GenericTypes() {
  }

  /** The class a resolved type erases to. */
  static Class<?> rawClass(Type type) {
    return switch (type) {
      case Class<?> c -> c;
      case ParameterizedType p -> (Class<?>) p.getRawType();
      case GenericArrayType a -> Array.newInstance(rawClass(a.getGenericComponentType()), 0)
          .getClass();
      case TypeVariable<?> v -> rawClass(v.getBounds()[0]);
      case WildcardType w -> rawClass(w.getUpperBounds()[0]);
      default -> throw new IllegalArgumentException("unknown kind of type: " + type);
    };
  }

  /** What the type variables of {@code type}'s class stand for in {@code type}. */
  static Map<TypeVariable<?>, Type> bindingsOf(Type type) {
    if (!(type instanceof ParameterizedType parameterized)) {
      return Map.of();
    }
    TypeVariable<?>[] variables = rawClass(type).getTypeParameters();
    Type[] arguments = parameterized.getActualTypeArguments();
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    for (int i = 0; i < variables.length && i < arguments.length; i++) {
      bindings.put(variables[i], arguments[i]);
    }
    return bindings;
  }

  /**
   * {@code type} with every type variable replaced by its binding; an unbound variable becomes
   * the erasure of its bound and a wildcard its bound.
   */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    return switch (type) {
      case Class<?> c -> c;
      case TypeVariable<?> v -> {
        Type bound = bindings.get(v);
        yield bound != null ? resolve(bound, Map.of()) : rawClass(v.getBounds()[0]);
      }
      case WildcardType w -> resolve(w.getLowerBounds().length > 0 ? w.getLowerBounds()[0]
          : w.getUpperBounds()[0], bindings);
      case ParameterizedType p -> {
        Type[] arguments = Arrays.stream(p.getActualTypeArguments())
            .map(argument -> resolve(argument, bindings))
            .toArray(Type[]::new);
        Type owner = p.getOwnerType();
        yield new Parameterized((Class<?>) p.getRawType(), arguments,
            owner == null ? null : resolve(owner, bindings));
      }
      case GenericArrayType a -> {
        Type component = resolve(a.getGenericComponentType(), bindings);
        yield component instanceof Class<?> c ? Array.newInstance(c, 0).getClass()
            : new GenericArray(component);
      }
      default -> throw new IllegalArgumentException("unknown kind of type: " + type);
    };
  }

  /**
   * The {@code index}-th type argument {@code type} gives to its supertype {@code target}, e.g.
   * {@code String} for {@code (ArrayList<String>, Collection, 0)}; {@code Object} when raw.
   */
  static Type typeArgument(Type type, Class<?> target, int index) {
    Type found = supertype(type, target);
    if (found instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /** {@code type}'s view of its supertype {@code target}, resolved; null if not a subtype. */
  static @Nullable Type supertype(Type type, Class<?> target) {
    Class<?> raw = rawClass(type);
    if (raw == target) {
      return type;
    }
    if (!target.isAssignableFrom(raw)) {
      return null;
    }
    Map<TypeVariable<?>, Type> bindings = bindingsOf(type);
    for (Type parent : raw.getGenericInterfaces()) {
      Type found = supertype(resolve(parent, bindings), target);
      if (found != null) {
        return found;
      }
    }
    Type superclass = raw.getGenericSuperclass();
    return superclass == null ? null : supertype(resolve(superclass, bindings), target);
  }

  /** A canonical spelling of a resolved type, the same for equal types of any implementation. */
  static String key(Type type) {
    return switch (type) {
      case ParameterizedType p -> rawClass(p).getName() + Arrays.stream(p.getActualTypeArguments())
          .map(GenericTypes::key)
          .collect(Collectors.joining(",", "<", ">"));
      case GenericArrayType a -> key(a.getGenericComponentType()) + "[]";
      default -> type.getTypeName();
    };
  }

  /** A parameterized type made by substitution; equal to the JDK's own for the same type. */
  private record Parameterized(Class<?> raw, Type[] arguments, @Nullable Type owner)
      implements ParameterizedType {

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public @Nullable Type getOwnerType() {
      return owner;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType that
          && raw.equals(that.getRawType())
          && Objects.equals(owner, that.getOwnerType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return key(this);
    }
  }

  /** An array of a parameterized type, e.g. {@code List<String>[]}. */
  private record GenericArray(Type component) implements GenericArrayType {

    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public String toString() {
      return key(this);
    }
  }
}
