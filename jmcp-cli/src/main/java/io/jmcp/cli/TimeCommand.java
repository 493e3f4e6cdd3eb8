package io.jmcp.cli;

import io.jmcp.servers.time.LocalTimezone;
import io.jmcp.servers.time.TimeServer;
import io.jmcp.servers.time.TimezoneNames;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jmcp server time}: current time and timezone conversion, a drop-in for mcp-server-time. */
@Command(name = "time", mixinStandardHelpOptions = true,
    header = "Runs the time server (current time, timezone conversion) (stdio; --http for HTTP).",
    description = {"A drop-in for the official mcp-server-time: get_current_time and "
        + "convert_time over IANA timezones, with the same arguments and results.",
        "",
        "The local timezone (offered to the model as the default) is --local-timezone, else "
            + "TZ, /etc/timezone, the /etc/localtime link or the JVM's default, else UTC.",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"time\", "
            + "\"--local-timezone=Europe/Paris\"]}"})
final class TimeCommand implements Callable<Integer> {

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Option(names = "--local-timezone", paramLabel = "ZONE",
      description = "Override the local timezone, an IANA name such as America/New_York.")
  @Nullable String localTimezone;

  @Override
  public Integer call() throws InterruptedException {
    if (localTimezone != null && !localTimezone.isEmpty()
        && !TimezoneNames.isKnown(localTimezone)) {
      System.err.println("Error: invalid --local-timezone '" + localTimezone
          + "': not a known IANA timezone name (e.g. Europe/London, America/New_York, UTC)");
      return 1;
    }
    String zone = localTimezone == null || localTimezone.isEmpty() ? LocalTimezone.detect()
        : localTimezone;
    serve.serve(TimeServer.create(zone, Clock.systemUTC()));
    return 0;
  }
}
