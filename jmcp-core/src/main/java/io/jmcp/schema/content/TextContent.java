package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.Meta;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text.
 *
 * @param meta the {@code _meta} object
 */
@JsonTypeName("text")
public record TextContent(String text, @Nullable Annotations annotations,
    @JsonProperty("_meta") @Nullable Meta meta) implements ContentBlock, SamplingContent {

  public TextContent {
    Objects.requireNonNull(text, "text");
  }

  public static TextContent of(String text) {
    return new TextContent(text, null, null);
  }
}
