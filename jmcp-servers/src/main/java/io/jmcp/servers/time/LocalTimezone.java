package io.jmcp.servers.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the machine's IANA timezone name, in the order the official server's {@code tzlocal}
 * looks: the {@code TZ} environment variable, {@code /etc/timezone}, where the
 * {@code /etc/localtime} link points, then what the JDK detected; UTC when none names a zone.
 */
public final class LocalTimezone {

  private static final String ZONEINFO = "zoneinfo/";

  private LocalTimezone() {
  }

  /** The IANA name of this process's local timezone. */
  public static String detect() {
    return detect(System.getenv(), Path.of("/etc"), ZoneId.systemDefault());
  }

  /**
   * The IANA name of the local timezone from these sources.
   *
   * @param environment read for {@code TZ}
   * @param etc the directory holding {@code timezone} and {@code localtime}
   * @param jdkDefault what the JDK found, used when the files name no zone
   */
  public static String detect(Map<String, String> environment, Path etc, ZoneId jdkDefault) {
    return fromTz(environment.get("TZ"))
        .or(() -> fromTimezoneFile(etc.resolve("timezone")))
        .or(() -> fromLink(etc.resolve("localtime")))
        .or(() -> known(jdkDefault.getId()))
        .orElse("UTC");
  }

  /** {@code TZ=Europe/Paris}, {@code TZ=:Europe/Paris} or {@code TZ=/usr/share/zoneinfo/Europe/Paris}. */
  private static Optional<String> fromTz(@Nullable String tz) {
    if (tz == null || tz.isBlank()) {
      return Optional.empty();
    }
    String name = tz.startsWith(":") ? tz.substring(1) : tz;
    int zoneinfo = name.lastIndexOf(ZONEINFO);
    return known(zoneinfo >= 0 ? name.substring(zoneinfo + ZONEINFO.length()) : name);
  }

  /** Debian's {@code /etc/timezone}: the name on its first line. */
  private static Optional<String> fromTimezoneFile(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 256) {
        return Optional.empty();
      }
      String content = Files.readString(file).strip();
      int end = content.indexOf('\n');
      return known((end < 0 ? content : content.substring(0, end)).strip());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code /etc/localtime -> /usr/share/zoneinfo/Europe/Paris}. */
  private static Optional<String> fromLink(Path link) {
    try {
      if (!Files.isSymbolicLink(link)) {
        return Optional.empty();
      }
      String target = Files.readSymbolicLink(link).toString();
      int zoneinfo = target.lastIndexOf(ZONEINFO);
      return zoneinfo < 0 ? Optional.empty()
          : known(target.substring(zoneinfo + ZONEINFO.length()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> known(String name) {
    return TimezoneNames.isKnown(name) ? Optional.of(name) : Optional.empty();
  }
}
