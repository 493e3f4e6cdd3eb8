package io.jmcp.servers.time;

import io.jmcp.schema.Implementation;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import java.time.Clock;

/**
 * The time server, a drop-in for the official Python {@code mcp-server-time}: the current time
 * in any IANA timezone ({@code get_current_time}) and a wall-clock time converted between two
 * timezones ({@code convert_time}), with the machine's timezone named as the default.
 */
public final class TimeServer {

  private TimeServer() {
  }

  /** The server with the detected local timezone and the system clock. */
  public static McpServer create() {
    return create(LocalTimezone.detect(), Clock.systemUTC());
  }

  /**
   * The server.
   *
   * @param localTimezone the IANA name the tools offer as the local default
   * @param clock where "now" comes from
   * @throws IllegalArgumentException if {@code localTimezone} is not an IANA timezone name
   */
  public static McpServer create(String localTimezone, Clock clock) {
    TimezoneNames.zone(localTimezone);
    McpServerBuilder builder = McpServer.builder(
        Implementation.of("jmcp-time", version()).withTitle("jmcp time server")
            .withDescription("Current time and timezone conversion over IANA timezones"));
    new TimeTools(clock, localTimezone).register(builder);
    return builder.build();
  }

  private static String version() {
    String version = TimeServer.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
