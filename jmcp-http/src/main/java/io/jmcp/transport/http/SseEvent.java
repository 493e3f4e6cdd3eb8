package io.jmcp.transport.http;

import org.jspecify.annotations.Nullable;

/**
 * One Server-Sent Event.
 *
 * @param id the event id, or null
 * @param event the event type, or null for the default {@code message}
 * @param data the data (lines joined by {@code \n}); empty for priming events
 * @param retry the reconnection delay the server asks for, in ms, or null
 */
public record SseEvent(@Nullable String id, @Nullable String event, String data,
    @Nullable Long retry) {

  public static SseEvent message(@Nullable String id, String data) {
    return new SseEvent(id, null, data, null);
  }

  /** The event's type, {@code message} when none was given. */
  public String type() {
    return event == null || event.isEmpty() ? "message" : event;
  }
}
