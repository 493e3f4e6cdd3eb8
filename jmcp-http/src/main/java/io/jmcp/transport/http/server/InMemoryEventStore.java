package io.jmcp.transport.http.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A bounded {@link EventStore} in memory: at most {@code maxEventsPerStream} events per stream
 * (older ones are dropped first) and at most {@code maxStreams} streams (the least recently written
 * is dropped first), so a client that never resumes cannot make it grow without end.
 */
public final class InMemoryEventStore implements EventStore {

  private final int maxEventsPerStream;
  private final int maxStreams;
  private final LinkedHashMap<String, Stream> streams;

  public InMemoryEventStore() {
    this(1000, 10_000);
  }

  public InMemoryEventStore(int maxEventsPerStream, int maxStreams) {
    this.maxEventsPerStream = maxEventsPerStream;
    this.maxStreams = maxStreams;
    this.streams = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Stream> eldest) {
        return size() > InMemoryEventStore.this.maxStreams;
      }
    };
  }

  private static final class Stream {
    long next = 1;
    final Deque<StoredEvent> events = new ArrayDeque<>();
  }

  @Override
  public synchronized String append(String streamId, String data) {
    Stream stream = streams.computeIfAbsent(streamId, id -> new Stream());
    String id = streamId + "_" + stream.next++;
    stream.events.addLast(new StoredEvent(id, data));
    if (stream.events.size() > maxEventsPerStream) {
      stream.events.removeFirst();
    }
    return id;
  }

  @Override
  public synchronized List<StoredEvent> after(String streamId, @Nullable String lastEventId) {
    Stream stream = streams.get(streamId);
    if (stream == null) {
      return List.of();
    }
    long after = lastEventId == null ? 0 : sequence(lastEventId);
    List<StoredEvent> events = new ArrayList<>();
    for (StoredEvent event : stream.events) {
      if (sequence(event.id()) > after) {
        events.add(event);
      }
    }
    return events;
  }

  @Override
  public @Nullable String streamOf(String eventId) {
    int cut = eventId.lastIndexOf('_');
    if (cut <= 0 || sequence(eventId) < 0) {
      return null;
    }
    return eventId.substring(0, cut);
  }

  @Override
  public synchronized void forget(String streamId) {
    streams.remove(streamId);
  }

  private static long sequence(String eventId) {
    int cut = eventId.lastIndexOf('_');
    try {
      return cut < 0 ? -1 : Long.parseLong(eventId.substring(cut + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
