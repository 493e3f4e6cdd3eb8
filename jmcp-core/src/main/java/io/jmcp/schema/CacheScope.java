package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may reuse a cacheable 2026-07-28 result (like HTTP's {@code Cache-Control: public/private}). */
public enum CacheScope {
  /** Holds nothing user-specific: any client or intermediary may share it. */
  @JsonProperty("public") PUBLIC,
  /** Reusable only within the same authorization context (the same access token). */
  @JsonProperty("private") PRIVATE;

  /** The wire value. */
  public String id() {
    return this == PUBLIC ? "public" : "private";
  }
}
