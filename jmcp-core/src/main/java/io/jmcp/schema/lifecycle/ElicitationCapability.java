package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.Capability;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client can ask its user for input. Empty means form mode only.
 *
 * @param form form mode (2025-11-25+)
 * @param url URL mode (2025-11-25+)
 * @param extra members this revision does not define, kept for round trips
 */
public record ElicitationCapability(
    @Nullable Capability form,
    @Nullable Capability url,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ElicitationCapability {
    extra = Immutable.extra(extra);
  }

  /** Whether form mode is supported: declared, or implied by an empty capability. */
  public boolean supportsForm() {
    return form != null || url == null;
  }

  /** Whether URL mode is supported. */
  public boolean supportsUrl() {
    return url != null;
  }
}
