package io.jmcp.transport.http.server.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sessions of a server: capped in number, and closed after an idle timeout by a reaper
 * thread, so clients that never send DELETE do not leak sessions.
 */
public final class SessionRegistry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

  private final Map<String, StreamableSession> sessions = new ConcurrentHashMap<>();
  private final int maxSessions;
  private final Duration idleTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread reaper;

  public SessionRegistry(int maxSessions, Duration idleTimeout) {
    this.maxSessions = maxSessions;
    this.idleTimeout = idleTimeout;
    this.reaper = Thread.ofVirtual().name("jmcp-http-session-reaper").start(this::reap);
  }

  /**
   * Creates and registers a session, unless the cap is reached.
   *
   * @return the session, or null when {@code maxSessions} are already live
   */
  public synchronized @Nullable StreamableSession create(Supplier<StreamableSession> factory) {
    if (sessions.size() >= maxSessions) {
      return null;
    }
    StreamableSession session = factory.get();
    sessions.put(session.id(), session);
    session.server().closed().whenComplete((cause, error) -> sessions.remove(session.id()));
    return session;
  }

  public @Nullable StreamableSession get(String id) {
    return sessions.get(id);
  }

  public Collection<StreamableSession> all() {
    return List.copyOf(sessions.values());
  }

  public int size() {
    return sessions.size();
  }

  private void reap() {
    long idleNanos = idleTimeout.toNanos();
    long pause = Math.max(50, Math.min(30_000, idleTimeout.toMillis() / 4));
    while (!closed.get()) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        return;
      }
      for (StreamableSession session : sessions.values()) {
        if (session.isIdle(idleNanos)) {
          LOG.debug("Closing session {} after {} idle", session.id(), idleTimeout);
          session.close();
          sessions.remove(session.id());
        }
      }
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      reaper.interrupt();
      all().forEach(StreamableSession::close);
      sessions.clear();
    }
  }
}
