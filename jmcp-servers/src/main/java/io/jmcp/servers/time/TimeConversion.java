package io.jmcp.servers.time;

import io.jmcp.schema.McpJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import tools.jackson.databind.node.ObjectNode;

/**
 * A wall-clock time in one timezone and the same instant in another, with the offset between
 * them in hours: {@code "+5.0h"} when whole, {@code "+5.75h"} or {@code "-3.5h"} otherwise.
 */
record TimeConversion(TimeResult source, TimeResult target, String timeDifference) {

  static TimeConversion of(String sourceName, ZonedDateTime source, String targetName,
      ZonedDateTime target) {
    int seconds = target.getOffset().getTotalSeconds() - source.getOffset().getTotalSeconds();
    return new TimeConversion(TimeResult.of(sourceName, source), TimeResult.of(targetName, target),
        hours(seconds / 3600.0));
  }

  /**
   * Python's {@code f"{h:+.1f}h"} for whole hours, else {@code f"{h:+.2f}"} without trailing
   * zeros: both round the exact binary value half to even.
   */
  static String hours(double hours) {
    String sign = hours < 0 ? "-" : "+";
    BigDecimal magnitude = new BigDecimal(Math.abs(hours));
    if (hours == Math.rint(hours)) {
      return sign + magnitude.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "h";
    }
    String fixed = magnitude.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        .replaceAll("0+$", "");
    return sign + (fixed.endsWith(".") ? fixed.substring(0, fixed.length() - 1) : fixed) + "h";
  }

  /** {@code {source, target, time_difference}}. */
  ObjectNode toJson() {
    ObjectNode json = McpJson.object();
    json.set("source", source.toJson());
    json.set("target", target.toJson());
    return json.put("time_difference", timeDifference);
  }
}
