package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code _meta} object: reserved keys ({@code progressToken}, {@code io.modelcontextprotocol/...})
 * and whatever extensions put there. Every key survives a round trip, values exactly as sent.
 */
public final class Meta {

  /** The reserved key a requester uses to opt in to progress notifications. */
  public static final String PROGRESS_TOKEN = "progressToken";

  /** 2026-07-28: the protocol version of a request (required on every request). */
  public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";

  /** 2026-07-28: the client's capabilities for this request (required on every request). */
  public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";

  /** 2026-07-28: the client's self-reported identity. */
  public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";

  /** 2026-07-28: the lowest level of log messages the client wants for this request. */
  public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";

  /** 2026-07-28: the server's self-reported identity, on results. */
  public static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";

  /** 2026-07-28: the listen request a notification belongs to. */
  public static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

  /** 2025-11-25: the task a message belongs to. */
  public static final String RELATED_TASK = "io.modelcontextprotocol/related-task";

  /** W3C Trace Context: the caller's trace and span (2026-07-28 documents it in any {@code _meta}). */
  public static final String TRACEPARENT = "traceparent";

  /** W3C Trace Context: vendor trace state, beside {@link #TRACEPARENT}. */
  public static final String TRACESTATE = "tracestate";

  /** W3C Baggage: application key-value pairs that travel with the trace. */
  public static final String BAGGAGE = "baggage";

  private static final Meta EMPTY = new Meta(Map.of());

  private final Map<String, JsonNode> entries;

  private Meta(Map<String, JsonNode> entries) {
    this.entries = entries;
  }

  /** The {@code _meta} of a message's {@code params}; empty when absent or malformed. */
  public static Meta ofParams(@Nullable JsonNode params) {
    JsonNode meta = params == null ? null : params.get("_meta");
    if (meta == null || !meta.isObject()) {
      return EMPTY;
    }
    try {
      return McpJson.fromTree(meta, Meta.class);
    } catch (IllegalArgumentException e) {
      return EMPTY;
    }
  }

  @JsonCreator
  public static Meta of(Map<String, JsonNode> entries) {
    return entries.isEmpty() ? EMPTY
        : new Meta(Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
  }

  public static Meta empty() {
    return EMPTY;
  }

  /** A {@code _meta} holding only a progress token. */
  public static Meta progressToken(ProgressToken token) {
    return EMPTY.withProgressToken(token);
  }

  @JsonValue
  public Map<String, JsonNode> entries() {
    return entries;
  }

  public @Nullable JsonNode get(String key) {
    return entries.get(key);
  }

  public boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** A copy with {@code key} set to {@code value} (any value Jackson can turn into JSON). */
  public Meta with(String key, @Nullable Object value) {
    LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>(entries);
    copy.put(key, McpJson.toTree(value));
    return new Meta(Collections.unmodifiableMap(copy));
  }

  /** A copy without {@code key}. */
  public Meta without(String key) {
    if (!entries.containsKey(key)) {
      return this;
    }
    LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>(entries);
    copy.remove(key);
    return of(copy);
  }

  public Meta withProgressToken(ProgressToken token) {
    return with(PROGRESS_TOKEN, token.value());
  }

  /** The progress token, if the requester asked for progress and the token is well formed. */
  public Optional<ProgressToken> progressToken() {
    return ProgressToken.from(entries.get(PROGRESS_TOKEN));
  }

  /** Merges {@code meta} (may be null) with one more entry. */
  public static Meta with(@Nullable Meta meta, String key, @Nullable Object value) {
    return (meta == null ? EMPTY : meta).with(key, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Meta meta && meta.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Meta" + entries;
  }
}
