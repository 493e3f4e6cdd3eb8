package io.jmcp.schema.sampling;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.internal.Immutable;
import io.jmcp.schema.tasks.TaskMetadata;
import io.jmcp.schema.tools.Tool;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks the client to sample from an LLM. The client chooses the model and may ask its user.
 *
 * @param maxTokens the most tokens to sample
 * @param metadata provider-specific
 * @param tools tools the model may use (2025-11-25+, needs the client capability {@code sampling.tools})
 * @param toolChoice 2025-11-25+
 * @param task 2025-11-25
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record CreateMessageRequest(
    List<SamplingMessage> messages,
    @Nullable ModelPreferences modelPreferences,
    @Nullable String systemPrompt,
    @Nullable IncludeContext includeContext,
    @Nullable Double temperature,
    int maxTokens,
    @Nullable List<String> stopSequences,
    @Nullable ObjectNode metadata,
    @Nullable List<Tool> tools,
    @Nullable ToolChoice toolChoice,
    @Nullable TaskMetadata task,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements ServerRequest<CreateMessageResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "sampling/createMessage";

  public CreateMessageRequest {
    Objects.requireNonNull(messages, "messages");
    messages = List.copyOf(messages);
    stopSequences = Immutable.list(stopSequences);
    tools = Immutable.list(tools);
    extra = Immutable.extra(extra);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<CreateMessageResult> resultType() {
    return CreateMessageResult.class;
  }

  /** A request with the given messages and token budget, everything else left to the client. */
  public static CreateMessageRequest of(int maxTokens, SamplingMessage... messages) {
    return new CreateMessageRequest(List.of(messages), null, null, null, null, maxTokens, null, null, null,
        null, null, null, Map.of());
  }
}
