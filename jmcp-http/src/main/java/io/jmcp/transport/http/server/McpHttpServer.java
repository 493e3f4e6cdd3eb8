package io.jmcp.transport.http.server;

import io.jmcp.server.McpServer;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * An {@link McpServer} served over HTTP by an embedded Jetty 12: Streamable HTTP at
 * {@link HttpServerOptions#path()} and, unless switched off, the legacy HTTP+SSE transport beside
 * it. Binds to 127.0.0.1 unless told otherwise; requests run on virtual threads.
 *
 * <pre>{@code
 * try (McpHttpServer http = McpHttpServer.builder(server).port(8080).start()) {
 *   System.out.println("serving " + http.endpoint());
 *   http.join();
 * }
 * }</pre>
 */
public final class McpHttpServer implements AutoCloseable {

  private final Server jetty;
  private final ServerConnector connector;
  private final HttpServerOptions options;
  private final McpServlet servlet;
  private final @Nullable LegacySseServlet legacyServlet;
  private final String host;

  private McpHttpServer(Builder builder) throws Exception {
    this.options = builder.options;
    this.host = builder.host;
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("jmcp-http");
    threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
    this.jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(builder.maxHeaderBytes);
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(builder.host);
    connector.setPort(builder.port);
    connector.setIdleTimeout(builder.idleTimeout.toMillis());
    jetty.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler("/");
    this.servlet = new McpServlet(builder.server, options);
    ServletHolder mcp = new ServletHolder("mcp", servlet);
    mcp.setAsyncSupported(true);
    context.addServlet(mcp, options.path());
    if (options.legacySse() && !options.stateless()) {
      this.legacyServlet = new LegacySseServlet(builder.server, options);
      ServletHolder legacy = new ServletHolder("mcp-legacy-sse", legacyServlet);
      legacy.setAsyncSupported(true);
      context.addServlet(legacy, options.legacySsePath());
      context.addServlet(legacy, options.legacyMessagePath());
    } else {
      this.legacyServlet = null;
    }
    jetty.setHandler(context);
    jetty.setStopTimeout(2_000);
    jetty.start();
  }

  public static Builder builder(McpServer server) {
    return new Builder(server);
  }

  /** The port bound (useful after asking for port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The Streamable HTTP endpoint, e.g. {@code http://127.0.0.1:8080/mcp}. */
  public URI endpoint() {
    return uri(options.path());
  }

  /** The legacy HTTP+SSE event-stream endpoint, e.g. {@code http://127.0.0.1:8080/sse}. */
  public URI legacySseEndpoint() {
    return uri(options.legacySsePath());
  }

  /** How many Streamable HTTP sessions are live. */
  public int sessionCount() {
    return servlet.sessionCount();
  }

  private URI uri(String path) {
    String name = host.contains(":") ? "[" + host + "]" : host;
    if (name.equals("0.0.0.0") || name.equals("[::]")) {
      name = InetAddress.getLoopbackAddress().getHostAddress();
    }
    return URI.create("http://" + name + ":" + port() + path);
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  @Override
  public void close() {
    // End the sessions first: their open streams would otherwise hold up Jetty's graceful stop.
    servlet.destroy();
    if (legacyServlet != null) {
      legacyServlet.destroy();
    }
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop cleanly", e);
    }
  }

  /** Configures an {@link McpHttpServer}. */
  public static final class Builder {
    private final McpServer server;
    private String host = "127.0.0.1";
    private int port;
    private HttpServerOptions options = HttpServerOptions.defaults();
    private int maxHeaderBytes = 16 * 1024;
    private Duration idleTimeout = Duration.ofMinutes(1);

    private Builder(McpServer server) {
      this.server = Objects.requireNonNull(server);
    }

    /** The address to bind; 127.0.0.1 by default. Binding elsewhere needs allowed hosts. */
    public Builder host(String value) {
      this.host = Objects.requireNonNull(value);
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public Builder options(HttpServerOptions value) {
      this.options = Objects.requireNonNull(value);
      return this;
    }

    /** The largest request head (request line and headers); 16 KiB by default. */
    public Builder maxHeaderBytes(int value) {
      this.maxHeaderBytes = value;
      return this;
    }

    /** How long an idle connection stays open; 1 minute by default (streams send keep-alives). */
    public Builder idleTimeout(Duration value) {
      this.idleTimeout = Objects.requireNonNull(value);
      return this;
    }

    /** Starts serving. */
    public McpHttpServer start() {
      try {
        return new McpHttpServer(this);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("Could not start the HTTP server on " + host + ":" + port
            + ": " + e.getMessage(), e);
      }
    }
  }
}
