package io.jmcp.transport.memory;

import io.jmcp.jsonrpc.ConnectionClosedException;
import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One end of an in-memory connection. Every message is encoded to JSON bytes and decoded again on
 * the other side, so in-memory tests exercise the real wire format, and each direction is
 * delivered in order by its own virtual thread, as a real stream would.
 */
public final class InMemoryTransport implements Transport {

  private static final byte[] END = new byte[0];

  private final String name;
  private final JsonRpcCodec codec;
  private final LinkedBlockingQueue<byte[]> inbox = new LinkedBlockingQueue<>();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private @Nullable InMemoryTransport other;

  private InMemoryTransport(String name, JsonRpcCodec codec) {
    this.name = name;
    this.codec = codec;
  }

  /** Two connected ends: what one sends, the other receives. */
  public static Pair pair() {
    return pair(JsonRpcCodec.standard());
  }

  /** Two connected ends using {@code codec} (and its limits) on both sides. */
  public static Pair pair(JsonRpcCodec codec) {
    InMemoryTransport client = new InMemoryTransport("client", codec);
    InMemoryTransport server = new InMemoryTransport("server", codec);
    client.other = server;
    server.other = client;
    return new Pair(client, server);
  }

  @Override
  public void start(MessageReceiver receiver) {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("already started");
    }
    Thread.ofVirtual().name("jmcp-memory-" + name).start(() -> deliver(receiver));
  }

  private void deliver(MessageReceiver receiver) {
    try {
      while (true) {
        byte[] frame = inbox.take();
        if (frame == END) {
          break;
        }
        JsonRpcMessage message;
        try {
          message = codec.decode(frame);
        } catch (MalformedMessageException e) {
          receiver.onMalformed(e, TransportContext.EMPTY);
          continue;
        }
        receiver.onMessage(message, TransportContext.EMPTY);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      receiver.onClose(null);
    }
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    sendRaw(codec.encode(message));
  }

  /** Sends raw bytes as one frame, for tests that need to misbehave. */
  public void sendRaw(byte[] frame) {
    InMemoryTransport peer = other;
    if (closed.get() || peer == null || peer.closed.get()) {
      throw new ConnectionClosedException("in-memory " + name + " transport is closed");
    }
    peer.inbox.add(frame);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      inbox.add(END);
      InMemoryTransport peer = other;
      if (peer != null && !peer.closed.get()) {
        peer.close();
      }
    }
  }

  /** The two ends of an in-memory connection. */
  public record Pair(InMemoryTransport client, InMemoryTransport server) {
  }
}
