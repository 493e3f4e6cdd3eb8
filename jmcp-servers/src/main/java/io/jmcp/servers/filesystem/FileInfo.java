package io.jmcp.servers.filesystem;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * {@code get_file_info}: the lines {@code key: value} the official server writes, with times as
 * JavaScript prints a {@code Date} ({@code Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated
 * Universal Time)}) in the server's time zone, and permissions as three octal digits.
 */
final class FileInfo {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT'xx", Locale.US);

  private FileInfo() {
  }

  static String describe(BasicFileAttributes attributes, ZoneId zone) {
    return String.join("\n",
        "size: " + attributes.size(),
        "created: " + date(attributes.creationTime(), zone),
        "modified: " + date(attributes.lastModifiedTime(), zone),
        "accessed: " + date(attributes.lastAccessTime(), zone),
        "isDirectory: " + attributes.isDirectory(),
        "isFile: " + attributes.isRegularFile(),
        "permissions: " + (attributes instanceof PosixFileAttributes posix
            ? octal(posix.permissions()) : attributes.isDirectory() ? "777" : "666"));
  }

  static String date(FileTime time, ZoneId zone) {
    ZonedDateTime at = time.toInstant().atZone(zone);
    boolean daylight = zone.getRules().isDaylightSavings(time.toInstant());
    String name = TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.LONG, Locale.US);
    return DATE.format(at) + " (" + name + ")";
  }

  static String octal(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (PosixFilePermission permission : permissions) {
      mode |= switch (permission) {
        case OWNER_READ -> 0400;
        case OWNER_WRITE -> 0200;
        case OWNER_EXECUTE -> 0100;
        case GROUP_READ -> 040;
        case GROUP_WRITE -> 020;
        case GROUP_EXECUTE -> 010;
        case OTHERS_READ -> 04;
        case OTHERS_WRITE -> 02;
        case OTHERS_EXECUTE -> 01;
      };
    }
    return String.format("%03o", mode);
  }
}
