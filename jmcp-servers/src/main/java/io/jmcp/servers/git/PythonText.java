package io.jmcp.servers.git;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The official server builds some of its text with Python's {@code repr()} and {@code str()} of
 * GitPython objects (a quoted commit message, {@code <git.Actor "Name <email>">}, a datetime with
 * its offset). These reproduce those shapes, so a client that parses the official server's
 * output parses ours.
 */
final class PythonText {

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

  private PythonText() {
  }

  /** Python's {@code repr(str)}: single quotes unless only double quotes avoid escaping. */
  static String repr(String value) {
    char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
    value.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append((char) c);
          } else if (printable(c)) {
            out.appendCodePoint(c);
          } else if (c < 0x100) {
            out.append(String.format("\\x%02x", c));
          } else if (c < 0x10000) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.append(String.format("\\U%08x", c));
          }
        }
      }
    });
    return out.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one code point. */
  private static boolean printable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** GitPython's {@code repr(Actor)}. */
  static String actor(PersonIdent person) {
    return "<git.Actor \"" + person.getName() + " <" + person.getEmailAddress() + ">\">";
  }

  /** Python's {@code str(datetime)} of a commit time in its own offset. */
  static String datetime(PersonIdent person) {
    return ZonedDateTime.ofInstant(person.getWhenAsInstant(), person.getZoneId())
        .format(DATETIME);
  }
}
