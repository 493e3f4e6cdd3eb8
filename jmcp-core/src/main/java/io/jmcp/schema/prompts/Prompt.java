package io.jmcp.schema.prompts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Icon;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A prompt template the server offers.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record Prompt(
    String name,
    @Nullable String title,
    @Nullable String description,
    @Nullable List<PromptArgument> arguments,
    @Nullable List<Icon> icons,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  public Prompt {
    Objects.requireNonNull(name, "name");
    arguments = Immutable.list(arguments);
    icons = Immutable.list(icons);
    extra = Immutable.extra(extra);
  }

  public static Prompt of(String name, @Nullable String description, PromptArgument... arguments) {
    return new Prompt(name, null, description, List.of(arguments), null, null, Map.of());
  }
}
