package io.jmcp.cli;

import io.jmcp.server.McpServer;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import io.jmcp.transport.stdio.StdioServerTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** How a built-in server is served: stdio by default, or HTTP with {@code --http}. */
final class ServeOptions {

  @Option(names = "--http", paramLabel = "[HOST:]PORT", converter = HttpAddress.Converter.class,
      description = "Serve over Streamable HTTP at http://HOST:PORT/mcp (and legacy HTTP+SSE at "
          + "/sse) instead of stdio. HOST defaults to 127.0.0.1; port 0 picks a free one.")
  @Nullable HttpAddress http;

  @Option(names = "--stateless", description = "With --http: serve each request on its own.")
  boolean stateless;

  @Option(names = "--json-responses",
      description = "With --http: answer requests with JSON bodies instead of SSE streams.")
  boolean jsonResponses;

  @Option(names = "--http-allowed-host", paramLabel = "NAME", split = ",",
      description = "With --http: a Host name to accept besides the loopback ones (repeatable; "
          + "* accepts any, for a server behind a proxy that checks Host).")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--http-allowed-origin", paramLabel = "ORIGIN", split = ",",
      description = "With --http: a browser Origin to accept besides loopback ones, e.g. "
          + "https://app.example.com (repeatable).")
  List<String> allowedOrigins = new ArrayList<>();

  /** Serves {@code server} until the client (stdio) or the process (HTTP) ends. */
  void serve(McpServer server) throws InterruptedException {
    if (http == null) {
      server.serve(new StdioServerTransport());
      return;
    }
    HttpServerOptions options = HttpServerOptions.defaults().withStateless(stateless)
        .withJsonResponses(jsonResponses).withAllowedHosts(Set.copyOf(allowedHosts))
        .withAllowedOrigins(Set.copyOf(allowedOrigins));
    if (!http.isLoopback() && allowedHosts.isEmpty()) {
      System.err.println("jmcp: listening on " + http.host() + ", but only loopback Host names are "
          + "accepted (DNS-rebinding protection); add --http-allowed-host NAME for the names "
          + "clients use");
    }
    try (McpHttpServer running = McpHttpServer.builder(server).host(http.host())
        .port(http.port())
        .options(options).start()) {
      System.err.println("jmcp: serving " + server.info().name() + " at " + running.endpoint()
          + (stateless ? " (stateless)" : " (legacy HTTP+SSE at " + running.legacySseEndpoint()
          + ")"));
      running.join();
    }
  }
}
