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
 * says so, not a protocol error. The page comes whole up to {@link #MAX_CHARACTERS}.
 */
final class FetchPrompt {

  /**
   * The most characters of a page a prompt carries (the official server has no limit): the
   * tool's largest window, so a longer page ends with the tool's hint to read on.
   */
  static final int MAX_CHARACTERS = 999_999;

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
          PromptMessage.user(page.prefix() + ContentWindow.cut(page.text(), 0, MAX_CHARACTERS)));
    } catch (FetchFailure failure) {
      return GetPromptResult.of("Failed to fetch " + url, PromptMessage.user(failure.getMessage()));
    } catch (IllegalArgumentException invalid) {
      return GetPromptResult.of("Failed to fetch " + url,
          PromptMessage.user("Invalid url: " + invalid.getMessage()));
    }
  }
}
