package io.jmcp.servers.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web server on 127.0.0.1 for the fetch tests: pages by path, and a record of every request
 * (target, Host header, User-Agent). It also answers requests in proxy form
 * ({@code GET http://host/path}), so it can stand in for a proxy.
 */
final class TestWebServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Request(String target, String host, String userAgent) {
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private TestWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  static TestWebServer start() {
    try {
      return new TestWebServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Serves {@code body} at {@code path} (the path alone; a query is ignored). */
  TestWebServer page(String path, int status, String contentType, String body) {
    return page(path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  TestWebServer page(String path, int status, String contentType, byte[] body) {
    routes.put(path, exchange -> {
      if (!contentType.isEmpty()) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
      }
      send(exchange, status, body);
    });
    return this;
  }

  TestWebServer redirect(String path, int status, String location) {
    routes.put(path, exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      send(exchange, status, new byte[0]);
    });
    return this;
  }

  /** Sends headers, then waits (until the server closes) before any of the body. */
  TestWebServer stall(String path) {
    routes.put(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try {
        closing.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    return this;
  }

  /** Sends {@code total} bytes of text in chunks, stopping early when the client hangs up. */
  TestWebServer endless(String path, long total) {
    routes.put(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < total; sent += chunk.length) {
          out.write(chunk);
        }
      } catch (IOException hungUp) {
        // the client stopped reading: what the test wants
      }
    });
    return this;
  }

  TestWebServer handle(String path, HttpHandler handler) {
    routes.put(path, handler);
    return this;
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestURI().toString();
    requests.add(new Request(target, String.valueOf(exchange.getRequestHeaders()
        .getFirst("Host")), String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"))));
    String path = exchange.getRequestURI().getRawPath();
    HttpHandler handler = routes.get(path);
    if (handler == null && exchange.getRequestURI().isAbsolute()) {
      handler = routes.get("proxy");
    }
    if (handler == null) {
      send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    handler.handle(exchange);
  }

  static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
