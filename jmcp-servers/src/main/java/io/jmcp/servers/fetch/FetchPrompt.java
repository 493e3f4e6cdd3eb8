package io.jmcp.servers.fetch;

import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.server.RequestContext;
import java.util.Map;

/**
 * The {@code fetch} prompt: the user asks for a page, so robots.txt is not consulted and the
 * user-initiated agent is sent, as the official server does. A failure is a prompt result that
 * says so, not a protocol error.
 */
final class FetchPrompt {

  private final PageFetcher pages;

  FetchPrompt(PageFetcher pages) {
    this.pages = pages;
  }

  static Prompt definition() {
    return Prompt.of("fetch", "Fetches a URL and gives its content as Markdown",
        PromptArgument.required("url", "The URL to fetch"));
  }

  GetPromptResult get(Map<String, String> arguments, RequestContext context)
      throws InterruptedException {
    String url = arguments.getOrDefault("url", "");
    try {
      PageContent page = pages.fetch(WebUrl.parse(url), false, false);
      return GetPromptResult.of("Contents of " + url,
          PromptMessage.user(page.prefix() + page.text()));
    } catch (FetchFailure failure) {
      return GetPromptResult.of("Failed to fetch " + url, PromptMessage.user(failure.getMessage()));
    } catch (IllegalArgumentException invalid) {
      return GetPromptResult.of("Failed to fetch " + url,
          PromptMessage.user("Invalid url: " + invalid.getMessage()));
    }
  }
}
