package io.jmcp.schema.roots;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client's roots.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListRootsResult(
    List<Root> roots,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public ListRootsResult {
    Objects.requireNonNull(roots, "roots");
    roots = List.copyOf(roots);
    extra = Immutable.extra(extra);
  }

  public static ListRootsResult of(List<Root> roots) {
    return new ListRootsResult(roots, null, Map.of());
  }
}
