package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Hints about a tool's behaviour. Untrusted unless the server is trusted.
 *
 * @param readOnlyHint does not modify its environment (default false)
 * @param destructiveHint may destroy data (default true)
 * @param idempotentHint repeat calls have no extra effect (default false)
 * @param openWorldHint interacts with an open world of external entities (default true)
 * @param extra members this revision does not define, kept for round trips
 */
public record ToolAnnotations(
    @Nullable String title,
    @Nullable Boolean readOnlyHint,
    @Nullable Boolean destructiveHint,
    @Nullable Boolean idempotentHint,
    @Nullable Boolean openWorldHint,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public ToolAnnotations {
    extra = Immutable.extra(extra);
  }
}
