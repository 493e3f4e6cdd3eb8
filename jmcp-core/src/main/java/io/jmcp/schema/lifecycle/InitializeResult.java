package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The server's answer to initialize: the negotiated version, its capabilities and identity.
 *
 * @param protocolVersion the version the session will use
 * @param instructions how to use the server, for the model
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record InitializeResult(
    String protocolVersion,
    ServerCapabilities capabilities,
    Implementation serverInfo,
    @Nullable String instructions,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public InitializeResult {
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    Objects.requireNonNull(capabilities, "capabilities");
    Objects.requireNonNull(serverInfo, "serverInfo");
    extra = Immutable.extra(extra);
  }
}
