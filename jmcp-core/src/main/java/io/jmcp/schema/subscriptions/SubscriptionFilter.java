package io.jmcp.schema.subscriptions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The notifications a listen stream carries; each kind is opt-in, and a server sends no kind the
 * client did not ask for.
 *
 * @param toolsListChanged {@code notifications/tools/list_changed}
 * @param promptsListChanged {@code notifications/prompts/list_changed}
 * @param resourcesListChanged {@code notifications/resources/list_changed}
 * @param resourceSubscriptions the URIs whose {@code notifications/resources/updated} to receive
 * @param extra members this revision does not define (extensions add kinds, e.g. task ids)
 */
public record SubscriptionFilter(
    @Nullable Boolean toolsListChanged,
    @Nullable Boolean promptsListChanged,
    @Nullable Boolean resourcesListChanged,
    @Nullable List<String> resourceSubscriptions,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Nothing. */
  public static final SubscriptionFilter NONE =
      new SubscriptionFilter(null, null, null, null, Map.of());

  public SubscriptionFilter {
    resourceSubscriptions = resourceSubscriptions == null ? null : List.copyOf(resourceSubscriptions);
    extra = Immutable.extra(extra);
  }

  /** Every list change, and updates of {@code uris}. */
  public static SubscriptionFilter everything(List<String> uris) {
    return new SubscriptionFilter(true, true, true, uris.isEmpty() ? null : uris, Map.of());
  }

  public boolean wantsToolsListChanged() {
    return Boolean.TRUE.equals(toolsListChanged);
  }

  public boolean wantsPromptsListChanged() {
    return Boolean.TRUE.equals(promptsListChanged);
  }

  public boolean wantsResourcesListChanged() {
    return Boolean.TRUE.equals(resourcesListChanged);
  }

  /** The subscribed resource URIs (empty when none). */
  public List<String> subscribedUris() {
    return resourceSubscriptions == null ? List.of() : resourceSubscriptions;
  }
}
