package io.jmcp.core;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs notification handlers one after another, in arrival order, on a virtual thread of their
 * own. User callbacks (a tool list changed, a log message arrived) may then block and even call
 * the same peer, which they could not do on the transport's delivery thread without deadlocking.
 */
public final class NotificationLane implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationLane.class);
  private static final Runnable STOP = () -> {
  };

  private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final String name;

  public NotificationLane(String name) {
    this.name = name;
  }

  /** Queues {@code task}; it runs after everything queued before it. Ignored once closed. */
  public void submit(Runnable task) {
    if (closed.get()) {
      return;
    }
    if (started.compareAndSet(false, true)) {
      Thread.ofVirtual().name("jmcp-notifications-" + name).start(this::drain);
    }
    queue.add(task);
  }

  private void drain() {
    try {
      while (true) {
        Runnable task = queue.take();
        if (task == STOP) {
          return;
        }
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.error("[{}] Notification handler failed", name, e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops after the tasks already queued. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      queue.add(STOP);
    }
  }
}
