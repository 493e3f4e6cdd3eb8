package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.PaginatedResult;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One page of tools.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ListToolsResult(
    List<Tool> tools,
    @Nullable String nextCursor,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements PaginatedResult {

  public ListToolsResult {
    Objects.requireNonNull(tools, "tools");
    tools = List.copyOf(tools);
    extra = Immutable.extra(extra);
  }
}
