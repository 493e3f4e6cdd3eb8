package io.jmcp.servers.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, then cancels the rest of the download: a server sending
 * an endless body costs the limit and no more.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBodySubscriber.Body> {

  /** The bytes read, and whether more were on offer. */
  record Body(byte[] bytes, boolean truncated) {
  }

  private final long limit;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

  CappedBodySubscriber(long limit) {
    this.limit = limit;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription value) {
    subscription = value;
    value.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      long room = limit - bytes.size();
      if (buffer.remaining() > room) {
        byte[] part = new byte[(int) room];
        buffer.get(part);
        bytes.writeBytes(part);
        result.complete(new Body(bytes.toByteArray(), true));
        if (subscription != null) {
          subscription.cancel();
        }
        return;
      }
      byte[] all = new byte[buffer.remaining()];
      buffer.get(all);
      bytes.writeBytes(all);
    }
    if (subscription != null) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(bytes.toByteArray(), false));
  }
}
