package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The server's list of tools changed.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ToolListChangedNotification(
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/tools/list_changed";

  public ToolListChangedNotification {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  public static ToolListChangedNotification of() {
    return new ToolListChangedNotification(null, Map.of());
  }
}
