package io.jmcp.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The MCP revisions jmcp knows, oldest first. What each revision allows is asked through
 * {@link #supports(ProtocolFeature)}; code never compares version strings.
 */
public enum ProtocolVersion {
  V2024_11_05("2024-11-05"),
  V2025_03_26("2025-03-26"),
  V2025_06_18("2025-06-18"),
  V2025_11_25("2025-11-25"),
  V2026_07_28("2026-07-28");

  /** The newest revision of the handshake era. */
  public static final ProtocolVersion LATEST_LEGACY = V2025_11_25;

  private final String id;

  ProtocolVersion(String id) {
    this.id = id;
  }

  /** The revision for a version string, if jmcp knows it. */
  public static Optional<ProtocolVersion> parse(String id) {
    for (ProtocolVersion version : values()) {
      if (version.id.equals(id)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /** The revisions of the handshake era ({@code initialize}), oldest first. */
  public static List<ProtocolVersion> legacy() {
    return Arrays.stream(values()).filter(ProtocolVersion::isLegacy).toList();
  }

  /** The version string, e.g. {@code "2025-06-18"}. */
  public String id() {
    return id;
  }

  /** Whether this revision negotiates with {@code initialize} (2025-11-25 and older). */
  public boolean isLegacy() {
    return compareTo(V2026_07_28) < 0;
  }

  public boolean isAtLeast(ProtocolVersion other) {
    return compareTo(other) >= 0;
  }

  public boolean supports(ProtocolFeature feature) {
    return isAtLeast(feature.since())
        && (feature.removedIn() == null || compareTo(feature.removedIn()) < 0);
  }

  @Override
  public String toString() {
    return id;
  }
}
