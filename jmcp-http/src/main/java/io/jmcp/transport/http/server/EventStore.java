package io.jmcp.transport.http.server;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the events of SSE streams so a client that lost its connection can resume with
 * {@code Last-Event-ID} and miss nothing. Event ids name their stream, so a resumption only ever
 * replays the stream it belongs to. Implementations must be thread-safe; the in-memory default
 * is {@link InMemoryEventStore}; another implementation may keep more, or keep it elsewhere.
 */
public interface EventStore {

  /** Stores one event of {@code streamId} (the JSON of one message) and returns its event id. */
  String append(String streamId, String data);

  /**
   * The events of {@code streamId} after the one with id {@code lastEventId} (all of them when
   * null), in order. Events the store already dropped are simply missing.
   */
  List<StoredEvent> after(String streamId, @Nullable String lastEventId);

  /** The stream an event id belongs to, or null if the id is not one of this store's. */
  @Nullable String streamOf(String eventId);

  /** Forgets a stream whose events can no longer be asked for. */
  void forget(String streamId);

  /** One stored event. */
  record StoredEvent(String id, String data) {
  }
}
