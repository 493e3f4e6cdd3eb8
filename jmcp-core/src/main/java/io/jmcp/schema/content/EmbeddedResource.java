package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.Meta;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource's contents embedded in a tool result or prompt.
 *
 * @param meta the {@code _meta} object
 */
@JsonTypeName("resource")
public record EmbeddedResource(ResourceContents resource, @Nullable Annotations annotations,
    @JsonProperty("_meta") @Nullable Meta meta) implements ContentBlock {

  public EmbeddedResource {
    Objects.requireNonNull(resource, "resource");
  }

  public static EmbeddedResource of(ResourceContents resource) {
    return new EmbeddedResource(resource, null, null);
  }
}
