package io.jmcp.servers.time;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IANA timezone names, accepted as the official server (Python's {@code zoneinfo}) accepts them:
 * region names such as {@code Europe/Paris}, {@code UTC} or {@code Etc/GMT+5}, exactly as spelt in
 * the tz database, and nothing else (no offsets such as {@code +05:00}, no abbreviations).
 */
public final class TimezoneNames {

  /**
   * Names the tz database still has as links that the JDK's copy lacks: the JDK maps them to
   * fixed offsets, the tz database (since 2024b) to these regions.
   */
  private static final Map<String, String> LINKS = Map.of(
      "EST", "America/Panama",
      "MST", "America/Phoenix",
      "HST", "Pacific/Honolulu",
      "ROC", "Asia/Taipei");

  private TimezoneNames() {
  }

  /** Whether {@code name} is an IANA timezone name. */
  public static boolean isKnown(String name) {
    return ZoneId.getAvailableZoneIds().contains(name) || LINKS.containsKey(name);
  }

  /**
   * The zone {@code name} names.
   *
   * @throws IllegalArgumentException if it names none; the message says so and suggests the
   *     right spelling when only the case was wrong
   */
  public static ZoneId zone(String name) {
    if (ZoneId.getAvailableZoneIds().contains(name)) {
      return ZoneId.of(name);
    }
    String link = LINKS.get(name);
    if (link != null) {
      return ZoneId.of(link);
    }
    String hint = suggestion(name).map(right -> " (did you mean '" + right + "'?)")
        .orElse(" (use an IANA name such as 'Europe/London' or 'America/New_York')");
    throw new IllegalArgumentException(
        "Invalid timezone: 'No time zone found with key " + name + "'" + hint);
  }

  /** The known name that differs from {@code name} only in case, if there is one. */
  static Optional<String> suggestion(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ZoneId.getAvailableZoneIds().stream()
        .filter(known -> known.toLowerCase(Locale.ROOT).equals(lower))
        .sorted().findFirst();
  }
}
