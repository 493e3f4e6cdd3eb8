package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource's contents as base64-encoded binary.
 *
 * @param blob the base64 data
 * @param meta the {@code _meta} object
 */
public record BlobResourceContents(String uri, @Nullable String mimeType, String blob,
    @JsonProperty("_meta") @Nullable Meta meta) implements ResourceContents {

  public BlobResourceContents {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(blob, "blob");
  }

  public static BlobResourceContents of(String uri, @Nullable String mimeType, byte[] bytes) {
    return new BlobResourceContents(uri, mimeType, Base64.getEncoder().encodeToString(bytes), null);
  }

  /** The decoded bytes. */
  public byte[] bytes() {
    return Base64.getDecoder().decode(blob);
  }
}
