package io.jmcp.schema.roots;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A directory or file the server may work with; the URI is a {@code file://} URI.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record Root(
    String uri,
    @Nullable String name,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Root {
    Objects.requireNonNull(uri, "uri");
    extra = Immutable.extra(extra);
  }

  public static Root of(String uri, @Nullable String name) {
    return new Root(uri, name, null, Map.of());
  }
}
