package io.jmcp.schema.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.Meta;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Audio, base64-encoded (2025-03-26+).
 *
 * @param data the base64 audio data
 * @param mimeType e.g. {@code audio/wav}
 * @param meta the {@code _meta} object
 */
@JsonTypeName("audio")
public record AudioContent(String data, String mimeType, @Nullable Annotations annotations,
    @JsonProperty("_meta") @Nullable Meta meta) implements ContentBlock, SamplingContent {

  public AudioContent {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(mimeType, "mimeType");
  }

  /** Audio from raw bytes. */
  public static AudioContent of(byte[] bytes, String mimeType) {
    return new AudioContent(Base64.getEncoder().encodeToString(bytes), mimeType, null, null);
  }

  /** The decoded bytes. */
  public byte[] bytes() {
    return Base64.getDecoder().decode(data);
  }
}
