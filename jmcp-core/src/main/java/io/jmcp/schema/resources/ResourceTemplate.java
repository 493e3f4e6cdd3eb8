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
 * A family of resources described by an RFC 6570 URI template.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ResourceTemplate(
    String uriTemplate,
    String name,
    @Nullable String title,
    @Nullable String description,
    @Nullable String mimeType,
    @Nullable Annotations annotations,
    @Nullable List<Icon> icons,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ResourceTemplate {
    Objects.requireNonNull(uriTemplate, "uriTemplate");
    Objects.requireNonNull(name, "name");
    icons = Immutable.list(icons);
    extra = Immutable.extra(extra);
  }

  public static ResourceTemplate of(String uriTemplate, String name) {
    return new ResourceTemplate(uriTemplate, name, null, null, null, null, null, null, Map.of());
  }

  public ResourceTemplate withDescription(@Nullable String newDescription) {
    return new ResourceTemplate(uriTemplate, name, title, newDescription, mimeType, annotations, icons, meta, extra);
  }

  public ResourceTemplate withMimeType(@Nullable String newMimeType) {
    return new ResourceTemplate(uriTemplate, name, title, description, newMimeType, annotations, icons, meta, extra);
  }
}
