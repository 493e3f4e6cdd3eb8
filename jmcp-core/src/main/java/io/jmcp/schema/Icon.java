package io.jmcp.schema;

import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An icon for display: an {@code https:} or {@code data:} URI, with optional MIME type, sizes and theme (2025-11-25+).
 *
 * @param sizes sizes such as {@code "48x48"} or {@code "any"}
 */
public record Icon(
    String src,
    @Nullable String mimeType,
    @Nullable List<String> sizes,
    @Nullable IconTheme theme) {

  public Icon {
    Objects.requireNonNull(src, "src");
    sizes = Immutable.list(sizes);
  }

  public static Icon of(String src) {
    return new Icon(src, null, null, null);
  }
}
