package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource's contents as text.
 *
 * @param meta the {@code _meta} object
 */
public record TextResourceContents(String uri, @Nullable String mimeType, String text,
    @JsonProperty("_meta") @Nullable Meta meta) implements ResourceContents {

  public TextResourceContents {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(text, "text");
  }

  public static TextResourceContents of(String uri, @Nullable String mimeType, String text) {
    return new TextResourceContents(uri, mimeType, text, null);
  }
}
