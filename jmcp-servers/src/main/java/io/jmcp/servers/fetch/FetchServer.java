package io.jmcp.servers.fetch;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;

/**
 * jmcp's fetch server, a drop-in for the official {@code mcp-server-fetch}: the {@code fetch}
 * tool (url, max_length, start_index, raw) and the {@code fetch} prompt (url), with the same
 * result text, user agents and robots.txt rules. Unlike the official server it refuses, by
 * default, every address that is not on the public internet, checked on each hop and pinned
 * against DNS rebinding (see {@link AddressPolicy} and {@link HostResolver}).
 */
public final class FetchServer {

  /** The User-Agent of the model's fetches (tool calls), unless one is configured. */
  public static final String AUTONOMOUS_USER_AGENT = PageFetcher.AUTONOMOUS_USER_AGENT;
  /** The User-Agent of the user's fetches (prompts), unless one is configured. */
  public static final String MANUAL_USER_AGENT = PageFetcher.MANUAL_USER_AGENT;

  private FetchServer() {
  }

  /** The server with {@link FetchOptions#defaults()}. */
  public static McpServer create() {
    return create(FetchOptions.defaults());
  }

  public static McpServer create(FetchOptions options) {
    PageFetcher pages = new PageFetcher(options);
    FetchTool tool = new FetchTool(pages);
    FetchPrompt prompt = new FetchPrompt(pages);
    String version = FetchServer.class.getPackage().getImplementationVersion();
    return McpServer.builder(Implementation.of("jmcp-fetch", version == null ? "dev" : version)
            .withTitle("jmcp fetch server")
            .withDescription("Fetches web pages and returns their main content as Markdown"))
        .instructions("Use the fetch tool to read a web page; long pages come in parts (pass "
            + "start_index to read on). Local and private network addresses are refused unless "
            + "the server was started with --allow-private-network.")
        .tool(FetchTool.definition(), tool::call)
        .prompt(FetchPrompt.definition(), prompt::get)
        .build();
  }
}
