package io.jmcp.transport.http.client;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.transport.http.McpHttpHeaders;
import io.jmcp.transport.http.SseEvent;
import io.jmcp.transport.http.SseReader;
import io.jmcp.transport.http.client.internal.HttpMessages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of the deprecated HTTP+SSE transport (2024-11-05): a GET opens the event
 * stream, whose first {@code endpoint} event names where to POST messages; answers come down the
 * stream. The endpoint must be on the same origin as the stream, so a server cannot redirect the
 * client's messages elsewhere.
 */
public final class SseClientTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(SseClientTransport.class);

  private final URI streamUri;
  private final HttpClient http;
  private final Map<String, String> headers;
  private final JsonRpcCodec codec;
  private final Duration connectTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable URI endpoint;
  private volatile @Nullable InputStream stream;
  private volatile @Nullable MessageReceiver receiver;

  private SseClientTransport(Builder builder) {
    this.streamUri = builder.uri;
    this.http = builder.http != null ? builder.http : HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).connectTimeout(builder.connectTimeout).build();
    this.headers = Map.copyOf(builder.headers);
    this.codec = JsonRpcCodec.of(builder.limits);
    this.connectTimeout = builder.connectTimeout;
  }

  public static Builder builder(URI sseEndpoint) {
    return new Builder(sseEndpoint);
  }

  /**
   * Opens the event stream and waits for the {@code endpoint} event.
   *
   * @throws ConnectionClosedException if the stream cannot be opened or names no valid endpoint
   */
  /** The server's URL: a client remembers what it learned about the server under it. */
  @Override
  public String peerIdentity() {
    return streamUri.toString();
  }

  @Override
  public void start(MessageReceiver messageReceiver) {
    this.receiver = messageReceiver;
    HttpRequest.Builder request = HttpRequest.newBuilder(streamUri).GET()
        .header("Accept", McpHttpHeaders.EVENT_STREAM);
    headers.forEach(request::header);
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ConnectionClosedException("Could not open " + streamUri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionClosedException("Interrupted opening " + streamUri, e);
    }
    if (response.statusCode() != 200) {
      close(response.body());
      throw new ConnectionClosedException(
          "HTTP " + response.statusCode() + " opening the event stream " + streamUri);
    }
    stream = response.body();
    SseReader reader = new SseReader(response.body(), codec.limits().maxMessageBytes());
    try {
      SseEvent first = reader.next();
      while (first != null && !first.type().equals("endpoint")) {
        first = reader.next();
      }
      if (first == null) {
        throw new ConnectionClosedException(streamUri + " closed before naming its endpoint");
      }
      endpoint = sameOrigin(streamUri.resolve(first.data().trim()));
    } catch (IOException e) {
      close(response.body());
      throw new ConnectionClosedException("Could not read the endpoint event: " + e.getMessage(), e);
    }
    Thread.ofVirtual().name("jmcp-sse-client").start(() -> read(reader));
  }

  private URI sameOrigin(URI candidate) {
    if (!Objects.equals(candidate.getScheme(), streamUri.getScheme())
        || !Objects.equals(candidate.getHost(), streamUri.getHost())
        || candidate.getPort() != streamUri.getPort()) {
      throw new ConnectionClosedException("The server named a message endpoint on another origin ("
          + candidate + "); refusing to send messages there");
    }
    return candidate;
  }

  private void read(SseReader reader) {
    Throwable cause = null;
    try {
      SseEvent event;
      while ((event = reader.next()) != null) {
        if (!event.type().equals("message") || event.data().isEmpty()) {
          continue;
        }
        MessageReceiver target = receiver;
        try {
          JsonRpcMessage message = codec.decode(event.data());
          if (target != null) {
            target.onMessage(message, TransportContext.EMPTY);
          }
        } catch (MalformedMessageException e) {
          if (target != null) {
            target.onMalformed(e, TransportContext.EMPTY);
          }
        }
      }
    } catch (IOException e) {
      cause = closed.get() ? null : e;
    }
    closed.set(true);
    MessageReceiver target = receiver;
    if (target != null) {
      target.onClose(cause);
    }
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    URI target = endpoint;
    if (closed.get() || target == null) {
      throw new ConnectionClosedException("The HTTP+SSE connection to " + streamUri + " is closed");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .timeout(connectTimeout.plusSeconds(30))
        .header("Content-Type", McpHttpHeaders.JSON)
        .POST(HttpRequest.BodyPublishers.ofByteArray(codec.encode(message)));
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        failRequests(message, response.statusCode(), response.body());
      }
    } catch (IOException e) {
      throw new ConnectionClosedException("Could not POST to " + target + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionClosedException("Interrupted while sending to " + target, e);
    }
  }

  private void failRequests(JsonRpcMessage message, int status, byte[] body) {
    LOG.warn("The server answered HTTP {} to a message", status);
    MessageReceiver target = receiver;
    if (target == null) {
      return;
    }
    for (RequestId id : HttpMessages.requestIds(message)) {
      target.onMessage(HttpMessages.failure(id, status, body, codec), TransportContext.EMPTY);
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      InputStream open = stream;
      if (open != null) {
        close(open);
      }
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      LOG.debug("Closing the event stream failed", e);
    }
  }

  /** Configures an {@link SseClientTransport}. */
  public static final class Builder {
    private final URI uri;
    private @Nullable HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private JsonRpcLimits limits = JsonRpcLimits.DEFAULT;
    private Duration connectTimeout = Duration.ofSeconds(10);

    private Builder(URI uri) {
      this.uri = Objects.requireNonNull(uri);
    }

    public Builder httpClient(HttpClient value) {
      this.http = value;
      return this;
    }

    /** A header sent with every request (e.g. Authorization). */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder limits(JsonRpcLimits value) {
      this.limits = Objects.requireNonNull(value);
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = Objects.requireNonNull(value);
      return this;
    }

    public SseClientTransport build() {
      return new SseClientTransport(this);
    }
  }
}
