package io.jmcp.schema.resources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerNotification;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A subscribed resource (or a sub-resource of it) changed; the client may read it again.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record ResourceUpdatedNotification(
    String uri,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/resources/updated";

  public ResourceUpdatedNotification {
    Objects.requireNonNull(uri, "uri");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  public static ResourceUpdatedNotification of(String uri) {
    return new ResourceUpdatedNotification(uri, null, Map.of());
  }
}
