package io.jmcp.test;

import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.MalformedMessageException;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.jsonrpc.TransportContext;
import java.security.Principal;
import org.jspecify.annotations.Nullable;

/** A server-side transport whose every message comes from an authenticated caller. */
final class CallerTransport implements Transport {

  private final Transport delegate;
  private final Principal caller;

  CallerTransport(Transport delegate, String name) {
    this.delegate = delegate;
    this.caller = () -> name;
  }

  @Override
  public void start(MessageReceiver receiver) {
    delegate.start(new MessageReceiver() {
      @Override
      public void onMessage(JsonRpcMessage message, TransportContext context) {
        receiver.onMessage(message, context.with(Principal.class, caller));
      }

      @Override
      public void onMalformed(MalformedMessageException error, TransportContext context) {
        receiver.onMalformed(error, context);
      }

      @Override
      public void onClose(@Nullable Throwable cause) {
        receiver.onClose(cause);
      }
    });
  }

  @Override
  public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
    delegate.send(message, relatedRequest);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
