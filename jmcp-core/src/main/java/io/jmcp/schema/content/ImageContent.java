package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.Meta;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An image, base64-encoded.
 *
 * @param data the base64 image data
 * @param mimeType e.g. {@code image/png}
 * @param meta the {@code _meta} object
 */
@JsonTypeName("image")
public record ImageContent(String data, String mimeType, @Nullable Annotations annotations,
    @JsonProperty("_meta") @Nullable Meta meta) implements ContentBlock, SamplingContent {

  public ImageContent {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(mimeType, "mimeType");
  }

  /** An image from raw bytes. */
  public static ImageContent of(byte[] bytes, String mimeType) {
    return new ImageContent(Base64.getEncoder().encodeToString(bytes), mimeType, null, null);
  }

  /** The decoded bytes. */
  public byte[] bytes() {
    return Base64.getDecoder().decode(data);
  }
}
