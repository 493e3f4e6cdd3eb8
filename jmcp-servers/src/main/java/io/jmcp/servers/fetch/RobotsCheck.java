package io.jmcp.servers.fetch;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Whether the model may fetch a page on its own, by the site's robots.txt, with the official
 * server's rules: a robots.txt that cannot be fetched for network reasons stops the fetch; 401 and
 * 403 mean no; any other 4xx means no robots.txt and so yes; otherwise its rules decide. Prompts
 * (user-initiated fetches) are not checked.
 */
final class RobotsCheck {

  /** Google's limit for robots.txt; the rest of a larger file is ignored. */
  static final long MAX_BYTES = 500 * 1024;
  private static final int QUOTED_CHARS = 5000;

  private final WebFetcher fetcher;

  RobotsCheck(WebFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Returns when {@code userAgent} may fetch {@code url}; otherwise says why not. */
  void check(WebUrl url, String userAgent) throws FetchFailure, InterruptedException {
    WebUrl robotsUrl = url.robotsTxt();
    Download robots;
    try {
      robots = fetcher.get(robotsUrl, userAgent, MAX_BYTES);
    } catch (FetchFailure failure) {
      if (failure.isRefusal()) {
        throw failure;
      }
      throw new FetchFailure("Failed to fetch robots.txt " + robotsUrl
          + " due to a connection issue: " + failure.getMessage());
    }
    int status = robots.status();
    if (status == 401 || status == 403) {
      throw new FetchFailure("Fetching robots.txt (" + robotsUrl + ") returned status " + status
          + ", so autonomous fetching is taken to be forbidden on this site. The user can still "
          + "fetch the page with the fetch prompt.");
    }
    if (status >= 400 && status < 500) {
      return;
    }
    String text = new String(robots.body(), StandardCharsets.UTF_8);
    // As the official server does: lines starting with # are dropped before parsing.
    String rules = text.lines().filter(line -> !line.strip().startsWith("#"))
        .collect(Collectors.joining("\n"));
    if (!RobotsTxt.parse(rules).allows(url.target(), userAgent)) {
      String quoted = text.length() > QUOTED_CHARS ? text.substring(0, QUOTED_CHARS) + "\n[...]"
          : text;
      throw new FetchFailure("The site's robots.txt (" + robotsUrl + ") does not allow "
          + "autonomous fetching of this page.\n"
          + "<useragent>" + userAgent + "</useragent>\n"
          + "<url>" + url + "</url>\n"
          + "<robots>\n" + quoted + "\n</robots>\n"
          + "Tell the user that the page could not be fetched and why. They can fetch it "
          + "themselves with the fetch prompt in their client.");
    }
  }
}
