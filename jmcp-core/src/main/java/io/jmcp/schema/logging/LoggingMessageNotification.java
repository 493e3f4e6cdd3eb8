package io.jmcp.schema.logging;

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
 * A log message from the server.
 *
 * @param data any JSON: a string, an object with details...
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record LoggingMessageNotification(
    LoggingLevel level,
    @Nullable String logger,
    JsonNode data,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerNotification {

  /** The JSON-RPC method. */
  public static final String METHOD = "notifications/message";

  public LoggingMessageNotification {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(data, "data");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }
}
