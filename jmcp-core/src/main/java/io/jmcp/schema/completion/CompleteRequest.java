package io.jmcp.schema.completion;

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
 * Asks for completions of a prompt argument or a resource template variable.
 *
 * @param context values already chosen (2025-06-18+)
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record CompleteRequest(
    CompletionReference ref,
    CompletionArgument argument,
    @Nullable CompletionContext context,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ClientRequest<CompleteResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "completion/complete";

  public CompleteRequest {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(argument, "argument");
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<CompleteResult> resultType() {
    return CompleteResult.class;
  }
}
