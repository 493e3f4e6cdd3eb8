package io.jmcp.schema.subscriptions;

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
 * The first message of a listen stream: the part of the client's filter the server will honour.
 *
 * @param notifications what the server will send
 * @param meta the {@code _meta} object (carries the subscription id)
 * @param extra members this revision does not define, kept for round trips
 */
public record SubscriptionsAcknowledgedNotification(
    SubscriptionFilter notifications,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/subscriptions/acknowledged";

  public SubscriptionsAcknowledgedNotification {
    Objects.requireNonNull(notifications, "notifications");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }
}
