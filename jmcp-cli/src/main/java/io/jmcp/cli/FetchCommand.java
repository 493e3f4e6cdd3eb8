package io.jmcp.cli;

import io.jmcp.servers.fetch.AddressPolicy;
import io.jmcp.servers.fetch.FetchOptions;
import io.jmcp.servers.fetch.FetchServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jmcp server fetch}: web pages as Markdown, with the official server's options. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    header = "Runs the fetch server (web pages as Markdown) (stdio; --http for HTTP).",
    description = {"The 'fetch' tool (url, max_length, start_index, raw) and the 'fetch' prompt "
        + "(url) return web pages as Markdown of their main content, like the official "
        + "mcp-server-fetch. Addresses that are not on the public internet (loopback, private, "
        + "link-local such as cloud metadata) are refused unless --allow-private-network or "
        + "--allow-host says otherwise.",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"fetch\"]}"})
final class FetchCommand implements Callable<Integer> {

  @Mixin
  ServeOptions serve = new ServeOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--user-agent", paramLabel = "UA",
      description = "The User-Agent for every request (default: the official server's agents, "
          + "one for tool calls and one for prompts).")
  String userAgent;

  @Option(names = "--ignore-robots-txt",
      description = "Fetch pages for the model even where robots.txt forbids it.")
  boolean ignoreRobotsTxt;

  @Option(names = "--proxy-url", paramLabel = "URL",
      description = "Send every request through this proxy (http://host:port).")
  String proxyUrl;

  @Option(names = "--allow-private-network",
      description = "Also reach loopback, private and link-local addresses (for local use).")
  boolean allowPrivateNetwork;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "Reach this host even at a private address (repeatable), e.g. an intranet "
          + "documentation site.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long one page may take, redirects included (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--max-download-bytes", paramLabel = "BYTES", defaultValue = "10485760",
      description = "Read at most this much of a response (default: ${DEFAULT-VALUE}).")
  long maxDownloadBytes;

  @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "10",
      description = "Follow at most this many redirects (default: ${DEFAULT-VALUE}).")
  int maxRedirects;

  @Override
  public Integer call() throws InterruptedException {
    serve.serve(FetchServer.create(options()));
    return 0;
  }

  FetchOptions options() {
    try {
      if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
        throw new IllegalArgumentException("--timeout must be more than 0 and at most 86400");
      }
      AddressPolicy policy = allowPrivateNetwork ? AddressPolicy.anyAddress()
          : AddressPolicy.publicOnly();
      for (String host : allowedHosts) {
        policy = policy.allowingHost(host.strip().toLowerCase(Locale.ROOT));
      }
      return FetchOptions.defaults()
          .withUserAgent(userAgent)
          .withIgnoreRobotsTxt(ignoreRobotsTxt)
          .withProxy(proxyUrl == null ? null : URI.create(proxyUrl.strip()))
          .withAddressPolicy(policy)
          .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
          .withMaxDownloadBytes(maxDownloadBytes)
          .withMaxRedirects(maxRedirects);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
