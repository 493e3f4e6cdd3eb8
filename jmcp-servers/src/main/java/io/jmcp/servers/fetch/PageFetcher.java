package io.jmcp.servers.fetch;

/**
 * The fetch server's one way to read a page, shared by the tool and the prompt: the robots.txt
 * check when asked for, the guarded download, the status check, and the conversion to text.
 */
final class PageFetcher {

  /** The official server's agent for the model's own fetches (tool calls). */
  static final String AUTONOMOUS_USER_AGENT =
      "ModelContextProtocol/1.0 (Autonomous; +https://github.com/modelcontextprotocol/servers)";
  /** The official server's agent for fetches the user asked for (prompts). */
  static final String MANUAL_USER_AGENT =
      "ModelContextProtocol/1.0 (User-Specified; +https://github.com/modelcontextprotocol/servers)";

  private final FetchOptions options;
  private final WebFetcher fetcher;
  private final RobotsCheck robots;

  PageFetcher(FetchOptions options) {
    this.options = options;
    this.fetcher = new WebFetcher(options);
    this.robots = new RobotsCheck(fetcher);
  }

  String userAgent(boolean autonomous) {
    if (options.userAgent() != null) {
      return options.userAgent();
    }
    return autonomous ? AUTONOMOUS_USER_AGENT : MANUAL_USER_AGENT;
  }

  /**
   * Fetches a page for the model ({@code autonomous}, robots.txt obeyed unless configured
   * otherwise) or for the user. Failure messages are complete sentences for the model.
   */
  PageContent fetch(WebUrl url, boolean autonomous, boolean raw)
      throws FetchFailure, InterruptedException {
    String agent = userAgent(autonomous);
    if (autonomous && !options.ignoreRobotsTxt()) {
      try {
        robots.check(url, agent);
      } catch (FetchFailure failure) {
        throw failure.isRefusal() ? failed(url, failure) : failure;
      }
    }
    Download download;
    try {
      download = fetcher.get(url, agent, options.maxDownloadBytes());
    } catch (FetchFailure failure) {
      throw failed(url, failure);
    }
    if (download.status() >= 400) {
      throw new FetchFailure("Failed to fetch " + url + " - status code " + download.status());
    }
    try {
      return PageContent.of(download, raw);
    } catch (FetchFailure failure) {
      throw failed(url, failure);
    }
  }

  private static FetchFailure failed(WebUrl url, FetchFailure failure) {
    return new FetchFailure("Failed to fetch " + url + ": " + failure.getMessage());
  }
}
