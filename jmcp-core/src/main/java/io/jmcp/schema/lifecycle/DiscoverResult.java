package io.jmcp.schema.lifecycle;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a server speaks and offers (2026-07-28). Its identity travels in
 * {@code _meta["io.modelcontextprotocol/serverInfo"]}; the cache hint ({@code ttlMs},
 * {@code cacheScope}) and {@code resultType} are added by the SDK on the wire.
 *
 * @param supportedVersions the revisions the server speaks
 * @param instructions how to use the server, for the model
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record DiscoverResult(
    List<String> supportedVersions,
    ServerCapabilities capabilities,
    @Nullable String instructions,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public DiscoverResult {
    Objects.requireNonNull(supportedVersions, "supportedVersions");
    supportedVersions = List.copyOf(supportedVersions);
    Objects.requireNonNull(capabilities, "capabilities");
    extra = Immutable.extra(extra);
  }

  /** The server's self-reported identity, if it sent one. */
  public Optional<Implementation> serverInfo() {
    JsonNode info = meta == null ? null : meta.get(Meta.SERVER_INFO);
    if (info == null || !info.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(McpJson.fromTree(info, Implementation.class));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
