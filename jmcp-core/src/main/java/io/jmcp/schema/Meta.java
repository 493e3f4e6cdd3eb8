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

  private static final Meta EMPTY = new Meta(Map.of());

  private final Map<String, JsonNode> entries;

  private Meta(Map<String, JsonNode> entries) {
    this.entries = entries;
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
