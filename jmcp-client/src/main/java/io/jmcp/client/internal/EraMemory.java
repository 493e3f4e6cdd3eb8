package io.jmcp.client.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the clients of this JVM learned about which era a server speaks, by the server's identity
 * (its URL or command line): the spec asks clients to remember it rather than probe each time.
 * An assumption that turns out wrong is corrected on the next connection.
 */
public final class EraMemory {

  /** The eras. */
  public enum Era { LEGACY, MODERN }

  private static final int MAX_SERVERS = 1_000;
  private static final Map<String, Era> KNOWN = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Era> eldest) {
          return size() > MAX_SERVERS;
        }
      });

  private EraMemory() {
  }

  public static @Nullable Era recall(@Nullable String server) {
    return server == null ? null : KNOWN.get(server);
  }

  public static void remember(@Nullable String server, Era era) {
    if (server != null) {
      KNOWN.put(server, era);
    }
  }

  /** Forgets everything (tests). */
  public static void forgetAll() {
    KNOWN.clear();
  }
}
