package io.jmcp.transport.http.server.internal;

import io.jmcp.transport.http.SseEvent;
import io.jmcp.transport.http.SseWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP response carrying an SSE stream, for as long as the connection lasts. Writes come from
 * whichever thread publishes; the thread that owns the response waits in {@link #hold} and keeps
 * the connection alive with comments until the stream is finished or the client is gone.
 */
public final class SseSink {

  private final SseWriter writer;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean broken;

  public SseSink(OutputStream out) {
    this.writer = new SseWriter(out);
  }

  /** Writes an event; false if the client is gone (the sink is then finished). */
  public boolean write(SseEvent event) {
    if (broken) {
      return false;
    }
    try {
      writer.write(event);
      return true;
    } catch (IOException | RuntimeException e) {
      broken = true;
      done.countDown();
      return false;
    }
  }

  /** Ends this response; the stream it carried may go on elsewhere. */
  public void finish() {
    done.countDown();
  }

  public boolean isBroken() {
    return broken;
  }

  /** Blocks until finished, writing a keep-alive comment every {@code keepAlive}. */
  public void hold(Duration keepAlive) throws InterruptedException {
    while (!done.await(keepAlive.toMillis(), TimeUnit.MILLISECONDS)) {
      try {
        writer.comment("keep-alive");
      } catch (IOException | RuntimeException e) {
        broken = true;
        return;
      }
    }
  }
}
