package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jmcp.schema.Annotations;

/**
 * A block of content in a tool result or a prompt message, told apart by its {@code type}:
 * {@code text}, {@code image}, {@code audio} (2025-03-26+), {@code resource} (embedded) and
 * {@code resource_link} (2025-06-18+).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(TextContent.class),
    @JsonSubTypes.Type(ImageContent.class),
    @JsonSubTypes.Type(AudioContent.class),
    @JsonSubTypes.Type(EmbeddedResource.class),
    @JsonSubTypes.Type(ResourceLink.class)
})
public sealed interface ContentBlock
    permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {

  /** Display hints, or null. */
  @org.jspecify.annotations.Nullable Annotations annotations();
}
