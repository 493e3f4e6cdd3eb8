package io.jmcp.schema.completion;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Up to 100 completion values, best first.
 *
 * @param extra members this revision does not define, kept for round trips
 */
public record Completion(
    List<String> values,
    @Nullable Integer total,
    @Nullable Boolean hasMore,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Completion {
    Objects.requireNonNull(values, "values");
    values = List.copyOf(values);
    extra = Immutable.extra(extra);
  }

  /** The most values one result may carry. */
  public static final int MAX_VALUES = 100;

  /** The first {@link #MAX_VALUES} of {@code values}, saying whether more were left out. */
  public static Completion of(List<String> values) {
    if (values.size() <= MAX_VALUES) {
      return new Completion(values, values.size(), false, Map.of());
    }
    return new Completion(values.subList(0, MAX_VALUES), values.size(), true, Map.of());
  }
}
