package io.jmcp.client.internal;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import org.jspecify.annotations.Nullable;

/**
 * What a client learned about its server when it connected, from {@code initialize} (legacy) or
 * {@code server/discover} (2026-07-28).
 *
 * @param version the revision the client speaks with it
 * @param supportedVersions what the server says it speaks (2026-07-28), or just the negotiated one
 */
public record ServerFacts(ProtocolVersion version, Implementation serverInfo,
    ServerCapabilities capabilities, @Nullable String instructions,
    java.util.List<String> supportedVersions) {

  public ServerFacts {
    supportedVersions = java.util.List.copyOf(supportedVersions);
  }
}
