package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jmcp.schema.Meta;
import org.jspecify.annotations.Nullable;

/** The contents of a resource: text or base64 binary, told apart by which member is present. */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
    @JsonSubTypes.Type(TextResourceContents.class),
    @JsonSubTypes.Type(BlobResourceContents.class)
})
public sealed interface ResourceContents permits TextResourceContents, BlobResourceContents {

  String uri();

  @Nullable String mimeType();

  @Nullable Meta meta();
}
