package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.Icon;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link to a resource the client may read (2025-06-18+); it need not appear in
 * {@code resources/list}.
 *
 * @param size size in bytes, if known
 * @param meta the {@code _meta} object
 */
@JsonTypeName("resource_link")
public record ResourceLink(String uri, String name, @Nullable String title,
    @Nullable String description, @Nullable String mimeType, @Nullable Long size,
    @Nullable Annotations annotations, @Nullable List<Icon> icons,
    @JsonProperty("_meta") @Nullable Meta meta) implements ContentBlock {

  public ResourceLink {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    icons = Immutable.list(icons);
  }

  public static ResourceLink of(String uri, String name, @Nullable String mimeType) {
    return new ResourceLink(uri, name, null, null, mimeType, null, null, null, null);
  }
}
