package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The first request of a legacy session: the client's version, capabilities and identity.
 *
 * @param protocolVersion the newest version the client supports
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record InitializeRequest(
    String protocolVersion,
    ClientCapabilities capabilities,
    Implementation clientInfo,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<InitializeResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "initialize";

  public InitializeRequest {
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    Objects.requireNonNull(capabilities, "capabilities");
    Objects.requireNonNull(clientInfo, "clientInfo");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<InitializeResult> resultType() {
    return InitializeResult.class;
  }
}
