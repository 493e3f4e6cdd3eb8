package io.jmcp.schema.subscriptions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Opens a stream of the notifications in {@code notifications} (2026-07-28). The server first
 * acknowledges what it will send; the request ends when the client cancels it (closing the HTTP
 * stream, or {@code notifications/cancelled} on stdio) or the server ends it with a result.
 *
 * @param notifications what the client opts in to
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record SubscriptionsListenRequest(
    SubscriptionFilter notifications,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra)
    implements ClientRequest<SubscriptionsListenResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "subscriptions/listen";

  public SubscriptionsListenRequest {
    Objects.requireNonNull(notifications, "notifications");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<SubscriptionsListenResult> resultType() {
    return SubscriptionsListenResult.class;
  }

  public static SubscriptionsListenRequest of(SubscriptionFilter notifications) {
    return new SubscriptionsListenRequest(notifications, null, Map.of());
  }
}
