package io.jmcp.schema.prompts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.ClientRequest;
import io.jmcp.schema.Meta;
import io.jmcp.schema.internal.Immutable;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Renders a prompt with arguments.
 *
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record GetPromptRequest(
    String name,
    @Nullable Map<String, String> arguments,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<GetPromptResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "prompts/get";

  public GetPromptRequest {
    Objects.requireNonNull(name, "name");
    arguments = Immutable.map(arguments);
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<GetPromptResult> resultType() {
    return GetPromptResult.class;
  }

  public static GetPromptRequest of(String name, Map<String, String> arguments) {
    return new GetPromptRequest(name, arguments, null, Map.of());
  }
}
