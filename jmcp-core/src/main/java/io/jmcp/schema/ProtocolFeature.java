package io.jmcp.schema;

import org.jspecify.annotations.Nullable;

/**
 * Protocol features whose presence depends on the revision: the one table that says which
 * revision introduced (and possibly removed) what. Ask {@link ProtocolVersion#supports}.
 */
public enum ProtocolFeature {
  /** JSON-RPC batches (arrays of messages); only 2025-03-26 has them. */
  JSON_RPC_BATCHES(ProtocolVersion.V2025_03_26, ProtocolVersion.V2025_06_18),
  /** {@code audio} content blocks. */
  AUDIO_CONTENT(ProtocolVersion.V2025_03_26),
  /** Tool annotations (read-only, destructive, idempotent, open-world hints). */
  TOOL_ANNOTATIONS(ProtocolVersion.V2025_03_26),
  /** The human-readable {@code message} of a progress notification. */
  PROGRESS_MESSAGE(ProtocolVersion.V2025_03_26),
  /** The {@code completions} server capability (before it, completion needed no capability). */
  COMPLETIONS_CAPABILITY(ProtocolVersion.V2025_03_26),
  /** Streamable HTTP (the HTTP+SSE transport before it). */
  STREAMABLE_HTTP(ProtocolVersion.V2025_03_26),
  /** {@code elicitation/create} and the client's {@code elicitation} capability. */
  ELICITATION(ProtocolVersion.V2025_06_18),
  /** Tool {@code outputSchema} and {@code structuredContent} results. */
  STRUCTURED_CONTENT(ProtocolVersion.V2025_06_18),
  /** {@code resource_link} content blocks. */
  RESOURCE_LINK(ProtocolVersion.V2025_06_18),
  /** {@code title} on tools, resources, prompts, arguments and implementations. */
  TITLES(ProtocolVersion.V2025_06_18),
  /** {@code context.arguments} in {@code completion/complete}. */
  COMPLETION_CONTEXT(ProtocolVersion.V2025_06_18),
  /** The {@code MCP-Protocol-Version} HTTP header after initialization. */
  PROTOCOL_VERSION_HEADER(ProtocolVersion.V2025_06_18),
  /** {@code icons} on implementations, tools, resources, templates and prompts. */
  ICONS(ProtocolVersion.V2025_11_25),
  /** {@code description} and {@code websiteUrl} on implementations. */
  IMPLEMENTATION_DETAILS(ProtocolVersion.V2025_11_25),
  /** URL-mode elicitation. */
  ELICITATION_URL_MODE(ProtocolVersion.V2025_11_25),
  /**
   * The {@code elicitationId} of URL elicitations, {@code notifications/elicitation/complete} and
   * error -32042 (2026-07-28 completes URL elicitations through the retried request instead).
   */
  ELICITATION_COMPLETION(ProtocolVersion.V2025_11_25, ProtocolVersion.V2026_07_28),
  /** Elicitation schemas with defaults, titled and multi-select enums. */
  ELICITATION_ENUM_VARIANTS(ProtocolVersion.V2025_11_25),
  /** Tools in sampling requests, {@code tool_use} / {@code tool_result} blocks. */
  SAMPLING_TOOLS(ProtocolVersion.V2025_11_25),
  /** Sampling content given as an array of blocks. */
  SAMPLING_CONTENT_ARRAYS(ProtocolVersion.V2025_11_25),
  /** The experimental core tasks of 2025-11-25 (moved to an extension in 2026-07-28). */
  TASKS(ProtocolVersion.V2025_11_25, ProtocolVersion.V2026_07_28),
  /** Error responses without an {@code id} when the request id could not be read. */
  ERROR_WITHOUT_ID(ProtocolVersion.V2025_11_25),
  /** SSE priming events and server-side stream closing with {@code retry} (polling). */
  SSE_POLLING(ProtocolVersion.V2025_11_25, ProtocolVersion.V2026_07_28),
  /** The {@code initialize} handshake and sessions. */
  INITIALIZE(ProtocolVersion.V2024_11_05, ProtocolVersion.V2026_07_28),
  /** Requests from server to client (sampling, roots, elicitation as JSON-RPC requests). */
  SERVER_TO_CLIENT_REQUESTS(ProtocolVersion.V2024_11_05, ProtocolVersion.V2026_07_28),
  /** {@code ping} in either direction. */
  PING(ProtocolVersion.V2024_11_05, ProtocolVersion.V2026_07_28),
  /** {@code logging/setLevel}. */
  LOGGING_SET_LEVEL(ProtocolVersion.V2024_11_05, ProtocolVersion.V2026_07_28),
  /** {@code resources/subscribe} and {@code resources/unsubscribe}. */
  RESOURCE_SUBSCRIBE(ProtocolVersion.V2024_11_05, ProtocolVersion.V2026_07_28),
  /** {@code notifications/roots/list_changed}. */
  ROOTS_LIST_CHANGED(ProtocolVersion.V2024_11_05, ProtocolVersion.V2026_07_28),
  /** {@code server/discover}, per-request {@code _meta}, {@code resultType}, multi round-trip requests. */
  STATELESS(ProtocolVersion.V2026_07_28);

  private final ProtocolVersion since;
  private final @Nullable ProtocolVersion removedIn;

  ProtocolFeature(ProtocolVersion since) {
    this(since, null);
  }

  ProtocolFeature(ProtocolVersion since, @Nullable ProtocolVersion removedIn) {
    this.since = since;
    this.removedIn = removedIn;
  }

  /** The first revision with the feature. */
  public ProtocolVersion since() {
    return since;
  }

  /** The first revision without it again, or {@code null} if it is still there. */
  public @Nullable ProtocolVersion removedIn() {
    return removedIn;
  }
}
