package io.jmcp.servers.git;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates {@code git_log} accepts for {@code start_timestamp} and {@code end_timestamp}, the
 * forms git's own date parser is documented with: ISO 8601 ({@code 2024-01-15T14:30:25}, with
 * or without offset), a day ({@code 2024-01-15}, {@code Jan 15 2024}, {@code 15 January 2024}),
 * a relative date ({@code 2 weeks ago}, {@code yesterday}, {@code now}) or seconds since the
 * epoch ({@code @1700000000}). A bare day means its first moment as a start and its last as an
 * end. Anything else is refused with a message, never guessed.
 */
final class ApproximateDate {

  private static final Pattern RELATIVE = Pattern.compile(
      "(\\d{1,9})\\s*(second|minute|hour|day|week|month|year)s?(\\s+ago)?");
  private static final List<DateTimeFormatter> DAYS = List.of(
      formatter("MMM d yyyy"), formatter("MMM d, yyyy"), formatter("MMMM d yyyy"),
      formatter("MMMM d, yyyy"), formatter("d MMM yyyy"), formatter("d MMMM yyyy"),
      formatter("yyyy/M/d"), formatter("yyyy.M.d"));
  private static final List<DateTimeFormatter> DAY_TIMES = List.of(
      formatter("yyyy-MM-dd HH:mm[:ss]"), formatter("MMM d yyyy HH:mm[:ss]"),
      formatter("MMM d, yyyy HH:mm[:ss]"), formatter("d MMM yyyy HH:mm[:ss]"));

  private ApproximateDate() {
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendPattern(pattern).toFormatter(Locale.ENGLISH);
  }

  /**
   * The instant {@code text} names, relative to {@code now} in {@code zone}.
   *
   * @param endOfDay whether a bare day means its last moment (for an end bound)
   */
  static Instant parse(String what, String text, Instant now, ZoneId zone, boolean endOfDay) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("-")) {
      throw new GitInputException("Invalid " + what + ": '" + text + "' - cannot start with '-'");
    }
    ZonedDateTime current = now.atZone(zone);
    switch (value) {
      case "now" -> {
        return now;
      }
      case "today" -> {
        return day(current.toLocalDate(), zone, endOfDay);
      }
      case "yesterday" -> {
        return current.minusDays(1).toInstant();
      }
      default -> {
        // a form below
      }
    }
    Matcher relative = RELATIVE.matcher(value);
    if (relative.matches()) {
      long amount = Long.parseLong(relative.group(1));
      ChronoUnit unit = ChronoUnit.valueOf(relative.group(2).toUpperCase(Locale.ROOT) + "S");
      return current.minus(amount, unit).toInstant();
    }
    if (value.matches("@\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(value.substring(1)));
    }
    Instant absolute = absolute(text.strip(), zone, endOfDay);
    if (absolute == null) {
      throw new GitInputException("Invalid " + what + ": cannot understand '" + text
          + "'. Use ISO 8601 ('2024-01-15T14:30:25'), a day ('2024-01-15', 'Jan 15 2024') or "
          + "a relative date ('2 weeks ago', 'yesterday').");
    }
    return absolute;
  }

  private static @org.jspecify.annotations.Nullable Instant absolute(String value, ZoneId zone, boolean endOfDay) {
    try {
      return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      return day(LocalDate.parse(value), zone, endOfDay);
    } catch (DateTimeParseException notIsoDay) {
      // try the next form
    }
    for (DateTimeFormatter format : DAY_TIMES) {
      try {
        return LocalDateTime.parse(value, format).atZone(zone).toInstant();
      } catch (DateTimeParseException next) {
        // try the next form
      }
    }
    for (DateTimeFormatter format : DAYS) {
      try {
        return day(LocalDate.parse(value, format), zone, endOfDay);
      } catch (DateTimeParseException next) {
        // try the next form
      }
    }
    return null;
  }

  private static Instant day(LocalDate day, ZoneId zone, boolean endOfDay) {
    return endOfDay ? day.atTime(LocalTime.MAX).atZone(zone).toInstant()
        : day.atStartOfDay(zone).toInstant();
  }
}
