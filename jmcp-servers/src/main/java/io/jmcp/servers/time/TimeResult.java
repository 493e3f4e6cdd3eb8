package io.jmcp.servers.time;

import io.jmcp.schema.McpJson;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * A moment in one timezone as the official server reports it.
 *
 * @param timezone the name the caller gave
 * @param datetime ISO 8601 to the second with the offset, e.g. {@code 2026-03-08T09:00:00-04:00}
 *     (never {@code Z}: UTC is {@code +00:00}, as Python's {@code isoformat} writes it)
 * @param dayOfWeek the English day name
 * @param isDst whether daylight saving time is in effect
 */
record TimeResult(String timezone, String datetime, String dayOfWeek, boolean isDst) {

  /** Seconds appear in the offset only when it has any, as in Python. */
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxxxx", Locale.ROOT);

  static TimeResult of(String timezone, ZonedDateTime time) {
    return new TimeResult(timezone, ISO_SECONDS.format(time),
        time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
        time.getZone().getRules().isDaylightSavings(time.toInstant()));
  }

  /** {@code {timezone, datetime, day_of_week, is_dst}}. */
  ObjectNode toJson() {
    return McpJson.object().put("timezone", timezone).put("datetime", datetime)
        .put("day_of_week", dayOfWeek).put("is_dst", isDst);
  }
}
