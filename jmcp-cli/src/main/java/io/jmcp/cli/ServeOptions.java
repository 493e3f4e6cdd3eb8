package io.jmcp.cli;

import io.jmcp.server.McpServer;
import io.jmcp.transport.http.server.HttpServerOptions;
import io.jmcp.transport.http.server.McpHttpServer;
import io.jmcp.transport.stdio.StdioServerTransport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** How a built-in server is served: stdio by default, or HTTP with {@code --http}. */
final class ServeOptions {

  @Option(names = "--http", paramLabel = "[HOST:]PORT",
      description = "Serve over Streamable HTTP at http://HOST:PORT/mcp (and legacy HTTP+SSE at "
          + "/sse) instead of stdio. HOST defaults to 127.0.0.1; port 0 picks a free one.")
  @Nullable String http;

  @Option(names = "--stateless", description = "With --http: serve each request on its own.")
  boolean stateless;

  @Option(names = "--json-responses",
      description = "With --http: answer requests with JSON bodies instead of SSE streams.")
  boolean jsonResponses;

  /** Serves {@code server} until the client (stdio) or the process (HTTP) ends. */
  void serve(McpServer server) throws InterruptedException {
    if (http == null) {
      server.serve(new StdioServerTransport());
      return;
    }
    int colon = http.lastIndexOf(':');
    String host = colon < 0 ? "127.0.0.1" : http.substring(0, colon);
    int port = Integer.parseInt(colon < 0 ? http : http.substring(colon + 1));
    HttpServerOptions options = HttpServerOptions.defaults().withStateless(stateless)
        .withJsonResponses(jsonResponses);
    try (McpHttpServer running = McpHttpServer.builder(server).host(host).port(port)
        .options(options).start()) {
      System.err.println("jmcp: serving " + server.info().name() + " at " + running.endpoint()
          + (stateless ? " (stateless)" : " (legacy HTTP+SSE at " + running.legacySseEndpoint()
          + ")"));
      running.join();
    }
  }
}
