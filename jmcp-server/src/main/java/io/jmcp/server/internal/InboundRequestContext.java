package io.jmcp.server.internal;

import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProgressToken;
import io.jmcp.server.RequestContext;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the contexts of a request being answered on its own route share, whatever its era: its
 * identity, transport and cancellation, and progress sent back on that route while the client
 * asked for it (a progress token) and it increases.
 */
abstract class InboundRequestContext implements RequestContext {

  final InboundRequest request;
  private final @Nullable ProgressToken progressToken;
  private final ProgressGate gate = new ProgressGate();

  InboundRequestContext(InboundRequest request, @Nullable ProgressToken progressToken) {
    this.request = request;
    this.progressToken = progressToken;
  }

  /** The progress message as this request's revision may carry it (null drops it). */
  abstract @Nullable String progressMessage(@Nullable String message);

  @Override
  public RequestId requestId() {
    return request.id();
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public TransportContext transport() {
    return request.context();
  }

  @Override
  public boolean isCancelled() {
    return request.isCancelled();
  }

  @Override
  public void checkCancelled() {
    request.checkCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    request.onCancel(action);
  }

  @Override
  public boolean progressRequested() {
    return progressToken != null;
  }

  @Override
  public void progress(double progress, @Nullable Double total, @Nullable String message) {
    ProgressToken token = progressToken;
    if (token == null || !gate.advance(progress)) {
      return;
    }
    ProgressNotification notification = new ProgressNotification(token, progress, total,
        progressMessage(message), null, Map.of());
    request.notify(notification.method(), McpJson.toObject(notification));
  }
}
