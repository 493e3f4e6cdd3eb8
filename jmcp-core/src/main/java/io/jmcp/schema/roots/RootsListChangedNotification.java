package io.jmcp.schema.roots;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientNotification;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client's roots changed.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record RootsListChangedNotification(
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/roots/list_changed";

  public RootsListChangedNotification {
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  public static RootsListChangedNotification of() {
    return new RootsListChangedNotification(null, Map.of());
  }
}
