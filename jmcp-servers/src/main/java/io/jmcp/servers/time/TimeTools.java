package io.jmcp.servers.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.servers.internal.json.JsonText;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code get_current_time} and {@code convert_time}, as the official server defines them: the
 * local timezone named in the argument descriptions so a model can default to it, the result as
 * Python's {@code json.dumps(result, indent=2)} text, and failures as {@code isError} results
 * prefixed like the official's.
 */
final class TimeTools {

  record CurrentTime(String timezone) {
  }

  record Conversion(@JsonProperty("source_timezone") String sourceTimezone, String time,
      @JsonProperty("target_timezone") String targetTimezone) {
  }

  private static final String ERROR_PREFIX = "Error processing mcp-server-time query: ";

  /** {@code %H:%M} as Python's {@code strptime} reads it: one or two digits each. */
  private static final Pattern HOURS_MINUTES =
      Pattern.compile("(2[0-3]|[01][0-9]|[0-9]):([0-5][0-9]|[0-9])");

  private static final ToolAnnotations READ_ONLY =
      new ToolAnnotations(null, true, false, true, false, Map.of());

  private final Clock clock;
  private final String localTimezone;

  TimeTools(Clock clock, String localTimezone) {
    this.clock = clock;
    this.localTimezone = localTimezone;
  }

  void register(McpServerBuilder server) {
    ObjectNode current = schema();
    property(current, "timezone", "IANA timezone name (e.g., 'America/New_York', "
        + "'Europe/London'). Use '" + localTimezone
        + "' as local timezone if no timezone provided by the user.");
    server.tool(Tool.builder("get_current_time")
            .description("Get current time in a specific timezone")
            .inputSchema(required(current)).annotations(READ_ONLY).build(),
        (arguments, context) -> {
          CurrentTime args = McpJson.fromTree(arguments, CurrentTime.class);
          return run(() -> currentTime(args.timezone()).toJson());
        });
    ObjectNode conversion = schema();
    property(conversion, "source_timezone", "Source IANA timezone name (e.g., "
        + "'America/New_York', 'Europe/London'). Use '" + localTimezone
        + "' as local timezone if no source timezone provided by the user.");
    property(conversion, "time", "Time to convert in 24-hour format (HH:MM)");
    property(conversion, "target_timezone", "Target IANA timezone name (e.g., 'Asia/Tokyo', "
        + "'America/San_Francisco'). Use '" + localTimezone
        + "' as local timezone if no target timezone provided by the user.");
    server.tool(Tool.builder("convert_time").description("Convert time between timezones")
            .inputSchema(required(conversion)).annotations(READ_ONLY).build(),
        (arguments, context) -> {
          Conversion args = McpJson.fromTree(arguments, Conversion.class);
          return run(() -> convert(args.sourceTimezone(), args.time(), args.targetTimezone())
              .toJson());
        });
  }

  TimeResult currentTime(String timezone) {
    String name = orLocal(timezone);
    return TimeResult.of(name, ZonedDateTime.now(clock.withZone(TimezoneNames.zone(name)))
        .truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * {@code time} today (in the source timezone) in the source timezone, and the same instant in
   * the target timezone. A time that falls in a clock change's overlap is its first occurrence;
   * one skipped by a clock change is refused.
   */
  TimeConversion convert(String sourceTimezone, String time, String targetTimezone) {
    String sourceName = orLocal(sourceTimezone);
    String targetName = orLocal(targetTimezone);
    ZoneId source = TimezoneNames.zone(sourceName);
    ZoneId target = TimezoneNames.zone(targetName);
    Matcher parsed = HOURS_MINUTES.matcher(time);
    if (!parsed.matches()) {
      throw new IllegalArgumentException("Invalid time format. Expected HH:MM [24-hour format]");
    }
    LocalDate today = LocalDate.now(clock.withZone(source));
    LocalDateTime wallClock = LocalDateTime.of(today, LocalTime.of(
        Integer.parseInt(parsed.group(1)), Integer.parseInt(parsed.group(2))));
    if (source.getRules().getValidOffsets(wallClock).isEmpty()) {
      throw new IllegalArgumentException("Invalid time: " + time + " does not exist in "
          + sourceName + " on " + today + " (skipped by a clock change)");
    }
    ZonedDateTime at = ZonedDateTime.ofLocal(wallClock, source, null);
    return TimeConversion.of(sourceName, at, targetName, at.withZoneSameInstant(target));
  }

  /**
   * An empty name means the local timezone, which the descriptions offer as the default (the
   * official server refuses it with "Missing required argument", which models then retry).
   */
  private String orLocal(String timezone) {
    return timezone.isEmpty() ? localTimezone : timezone;
  }

  private static CallToolResult run(Supplier<ObjectNode> query) {
    try {
      return CallToolResult.text(JsonText.PYTHON.write(query.get(), 2));
    } catch (IllegalArgumentException | DateTimeException e) {
      return CallToolResult.error(ERROR_PREFIX + e.getMessage());
    }
  }

  private static ObjectNode schema() {
    ObjectNode schema = McpJson.object().put("type", "object");
    schema.putObject("properties");
    return schema;
  }

  private static void property(ObjectNode schema, String name, String description) {
    ((ObjectNode) schema.get("properties")).putObject(name).put("type", "string")
        .put("description", description);
  }

  /** Every property is required. */
  private static ObjectNode required(ObjectNode schema) {
    schema.get("properties").propertyNames().forEach(schema.putArray("required")::add);
    return schema;
  }
}
