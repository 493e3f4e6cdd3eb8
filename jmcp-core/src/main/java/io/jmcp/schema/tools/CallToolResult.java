package io.jmcp.schema.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a tool call. A failure of the tool itself is a result with {@code isError}, not a protocol error.
 *
 * @param structuredContent structured output matching the tool's output schema (2025-06-18+)
 * @param isError whether the tool failed
 * @param meta the {@code _meta} object
 * @param extra members this revision does not define, kept for round trips
 */
public record CallToolResult(
    List<ContentBlock> content,
    @Nullable JsonNode structuredContent,
    @Nullable Boolean isError,
    @JsonProperty("_meta") @Nullable Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements McpResult {

  public CallToolResult {
    Objects.requireNonNull(content, "content");
    content = List.copyOf(content);
    extra = Immutable.extra(extra);
  }

  /** A successful result with one text block. */
  public static CallToolResult text(String text) {
    return new CallToolResult(List.of(TextContent.of(text)), null, null, null, Map.of());
  }

  /** A successful result with the given blocks. */
  public static CallToolResult of(ContentBlock... content) {
    return new CallToolResult(List.of(content), null, null, null, Map.of());
  }

  /** A tool failure the model should see: {@code isError} with the message as text. */
  public static CallToolResult error(String message) {
    return new CallToolResult(List.of(TextContent.of(message)), null, true, null, Map.of());
  }

  /**
   * A structured result: {@code structuredContent} plus, for clients that only read content, the
   * same JSON as a text block.
   */
  public static CallToolResult structured(JsonNode structured) {
    return new CallToolResult(List.of(TextContent.of(structured.toString())), structured, null, null,
        Map.of());
  }

  /** Whether the tool reported a failure. */
  public boolean failed() {
    return Boolean.TRUE.equals(isError);
  }
}
