package io.jmcp.jsonrpc;

import java.util.Map;
import java.util.Optional;

/**
 * Facts a transport knows about an inbound message (HTTP headers, the authenticated principal,
 * the stream it came on), handed to handlers without widening any core signature. Values are
 * keyed by their type; a transport puts in what it has.
 */
public final class TransportContext {

  /** The context of transports that know nothing beyond the message (stdio, in-memory). */
  public static final TransportContext EMPTY = new TransportContext(Map.of());

  private final Map<Class<?>, Object> facts;

  private TransportContext(Map<Class<?>, Object> facts) {
    this.facts = facts;
  }

  /** A context holding one fact per type. */
  public static TransportContext of(Object... facts) {
    java.util.LinkedHashMap<Class<?>, Object> map = new java.util.LinkedHashMap<>();
    for (Object fact : facts) {
      map.put(fact.getClass(), fact);
    }
    return new TransportContext(Map.copyOf(map));
  }

  /** A copy with one more fact, stored under {@code type}. */
  public <T> TransportContext with(Class<T> type, T fact) {
    java.util.LinkedHashMap<Class<?>, Object> map = new java.util.LinkedHashMap<>(facts);
    map.put(type, type.cast(fact));
    return new TransportContext(Map.copyOf(map));
  }

  /** The fact of the given type, if the transport supplied one. */
  public <T> Optional<T> get(Class<T> type) {
    return Optional.ofNullable(type.cast(facts.get(type)));
  }

  @Override
  public String toString() {
    return "TransportContext" + facts.keySet();
  }
}
