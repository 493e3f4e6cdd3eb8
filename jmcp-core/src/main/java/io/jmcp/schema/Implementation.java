package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The name and version of an MCP implementation (client or server), with optional display data.
 *
 * @param name the programmatic name
 * @param title a display name (2025-06-18+)
 * @param version the version
 * @param description a short description (2025-11-25+)
 * @param icons icons for display (2025-11-25+)
 * @param websiteUrl a website (2025-11-25+)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record Implementation(
    String name,
    @Nullable String title,
    String version,
    @Nullable String description,
    @Nullable List<Icon> icons,
    @Nullable String websiteUrl,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Implementation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    icons = Immutable.list(icons);
    extra = Immutable.extra(extra);
  }

  public static Implementation of(String name, String version) {
    return new Implementation(name, null, version, null, null, null, null, null);
  }

  public Implementation withTitle(@Nullable String newTitle) {
    return new Implementation(name, newTitle, version, description, icons, websiteUrl, meta, extra);
  }

  public Implementation withDescription(@Nullable String newDescription) {
    return new Implementation(name, title, version, newDescription, icons, websiteUrl, meta, extra);
  }
}
