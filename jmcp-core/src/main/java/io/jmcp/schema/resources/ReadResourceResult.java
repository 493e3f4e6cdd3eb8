package io.jmcp.schema.resources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.content.ResourceContents;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The contents of a resource; one read may return several (e.g. a directory).
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ReadResourceResult(
    List<ResourceContents> contents,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public ReadResourceResult {
    Objects.requireNonNull(contents, "contents");
    contents = List.copyOf(contents);
    extra = Immutable.extra(extra);
  }

  public static ReadResourceResult of(ResourceContents... contents) {
    return new ReadResourceResult(List.of(contents), null, Map.of());
  }
}
