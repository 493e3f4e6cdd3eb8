package io.jmcp.servers.fetch;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import io.jmcp.server.RequestContext;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code fetch} tool, with the official server's arguments ({@code url}, {@code max_length}
 * 5000, {@code start_index} 0, {@code raw} false, same bounds) and result text.
 */
final class FetchTool {

  static final int DEFAULT_MAX_LENGTH = 5000;

  private final PageFetcher pages;

  FetchTool(PageFetcher pages) {
    this.pages = pages;
  }

  static Tool definition() {
    ObjectNode properties = McpJson.object();
    properties.set("url", McpJson.object().put("type", "string").put("format", "uri")
        .put("minLength", 1).put("title", "Url").put("description", "The URL to fetch"));
    properties.set("max_length", McpJson.object().put("type", "integer")
        .put("exclusiveMinimum", 0).put("exclusiveMaximum", 1000000)
        .put("default", DEFAULT_MAX_LENGTH).put("title", "Max Length")
        .put("description", "The most characters to return in one call."));
    properties.set("start_index", McpJson.object().put("type", "integer").put("minimum", 0)
        .put("default", 0).put("title", "Start Index")
        .put("description", "The character to start from; when an earlier call was cut short, "
            + "pass the start_index it named to read on."));
    properties.set("raw", McpJson.object().put("type", "boolean").put("default", false)
        .put("title", "Raw").put("description",
            "Return the page's HTML as it is instead of converting it to Markdown."));
    ObjectNode schema = McpJson.object().put("type", "object").put("title", "Fetch")
        .put("description", "Arguments of a fetch.");
    schema.set("properties", properties);
    schema.set("required", McpJson.mapper().createArrayNode().add("url"));
    return Tool.builder("fetch")
        .description("Fetches a URL from the internet and, for web pages, returns the main "
            + "content as Markdown.\n\nThis tool gives you access to the internet: use it to read "
            + "current information from the web instead of saying that you cannot. Long pages "
            + "come in parts; the result says which start_index reads the next part.")
        .inputSchema(schema)
        .annotations(new ToolAnnotations("Fetch a URL", true, false, true, true, Map.of()))
        .build();
  }

  CallToolResult call(ObjectNode arguments, RequestContext context) throws InterruptedException {
    WebUrl url;
    try {
      url = WebUrl.parse(arguments.path("url").asString(""));
    } catch (IllegalArgumentException e) {
      return CallToolResult.error("Invalid url: " + e.getMessage());
    }
    long maxLength = number(arguments.get("max_length"), DEFAULT_MAX_LENGTH);
    long startIndex = number(arguments.get("start_index"), 0);
    boolean raw = arguments.path("raw").asBoolean(false);
    PageContent page;
    try {
      page = pages.fetch(url, true, raw);
    } catch (FetchFailure failure) {
      return CallToolResult.error(failure.getMessage());
    }
    String content = ContentWindow.cut(page.text(), startIndex, (int) maxLength);
    return CallToolResult.text(page.prefix() + "Contents of " + url + ":\n" + content);
  }

  /** A validated non-negative integer argument; numbers past a long read as the largest long. */
  private static long number(JsonNode node, long fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    return node.canConvertToLong() ? node.asLong() : Long.MAX_VALUE;
  }
}
