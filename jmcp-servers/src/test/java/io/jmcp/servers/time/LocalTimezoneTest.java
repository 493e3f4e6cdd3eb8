package io.jmcp.servers.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTimezoneTest {

  @TempDir
  Path etc;

  private static final ZoneId JDK = ZoneId.of("America/Chicago");

  @Test
  void tzComesFirstInEachOfItsForms() throws Exception {
    Files.writeString(etc.resolve("timezone"), "Europe/Berlin\n");
    assertThat(LocalTimezone.detect(Map.of("TZ", "Asia/Tokyo"), etc, JDK)).isEqualTo("Asia/Tokyo");
    assertThat(LocalTimezone.detect(Map.of("TZ", ":Europe/Paris"), etc, JDK))
        .isEqualTo("Europe/Paris");
    assertThat(LocalTimezone.detect(Map.of("TZ", "/usr/share/zoneinfo/America/Sao_Paulo"), etc,
        JDK)).isEqualTo("America/Sao_Paulo");
  }

  @Test
  void anUnknownTzFallsThroughToTheFiles() throws Exception {
    Files.writeString(etc.resolve("timezone"), "Europe/Berlin\n");
    assertThat(LocalTimezone.detect(Map.of("TZ", "CEST-2"), etc, JDK)).isEqualTo("Europe/Berlin");
  }

  @Test
  void theLocaltimeLinkNamesTheZone() throws Exception {
    Files.createSymbolicLink(etc.resolve("localtime"),
        Path.of("/usr/share/zoneinfo/Australia/Adelaide"));
    assertThat(LocalTimezone.detect(Map.of(), etc, JDK)).isEqualTo("Australia/Adelaide");
  }

  @Test
  void theJdkDefaultThenUtcAreTheLastResorts() {
    assertThat(LocalTimezone.detect(Map.of(), etc, JDK)).isEqualTo("America/Chicago");
    assertThat(LocalTimezone.detect(Map.of(), etc, ZoneId.of("+05:30"))).isEqualTo("UTC");
  }
}
