package io.jmcp.schema.resources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.Icon;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A resource the server can be asked to read.
 *
 * @param size size in bytes, if known
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record Resource(
    String uri,
    String name,
    @Nullable String title,
    @Nullable String description,
    @Nullable String mimeType,
    @Nullable Long size,
    @Nullable Annotations annotations,
    @Nullable List<Icon> icons,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Resource {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    icons = Immutable.list(icons);
    extra = Immutable.extra(extra);
  }

  public static Resource of(String uri, String name) {
    return new Resource(uri, name, null, null, null, null, null, null, null, Map.of());
  }

  public Resource withDescription(@Nullable String newDescription) {
    return new Resource(uri, name, title, newDescription, mimeType, size, annotations, icons, meta, extra);
  }

  public Resource withMimeType(@Nullable String newMimeType) {
    return new Resource(uri, name, title, description, newMimeType, size, annotations, icons, meta, extra);
  }

  public Resource withTitle(@Nullable String newTitle) {
    return new Resource(uri, name, newTitle, description, mimeType, size, annotations, icons, meta, extra);
  }
}
