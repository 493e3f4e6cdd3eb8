package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message of a sampling conversation.
 *
 * @param content one block, or several (2025-11-25+)
 * @param meta the {@code _meta} object
 */
public record SamplingMessage(
    Role role,
    @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
        JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<SamplingContent> content,
    @JsonProperty("_meta") @Nullable Meta meta) {

  public SamplingMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    content = List.copyOf(content);
  }

  public static SamplingMessage user(String text) {
    return new SamplingMessage(Role.USER, List.of(TextContent.of(text)), null);
  }
}
