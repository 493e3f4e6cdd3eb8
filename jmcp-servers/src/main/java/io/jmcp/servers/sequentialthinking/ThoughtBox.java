package io.jmcp.servers.sequentialthinking;

/**
 * A thought drawn as a box for the server's stderr, exactly as the official server draws it, so
 * logs read the same: a header ("💭 Thought 2/5", "🔄 Revision 3/5 (revising thought 1)" or
 * "🌿 Branch 4/5 (from thought 2, ID: b)"), then the thought. Widths count UTF-16 units, as
 * JavaScript's {@code length} and {@code padEnd} do (an emoji counts two), so the boxes match the
 * official's character for character. The label is coloured with ANSI codes when asked to.
 */
final class ThoughtBox {

  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";
  private static final String BLUE = "\u001b[34m";
  private static final String DEFAULT = "\u001b[39m";

  private ThoughtBox() {
  }

  /** The box, starting with an empty line, without a final line break. */
  static String draw(Thought thought, boolean colour) {
    String label;
    String context;
    if (Boolean.TRUE.equals(thought.isRevision())) {
      label = paint("🔄 Revision", YELLOW, colour);
      context = " (revising thought " + orUndefined(thought.revisesThought()) + ")";
    } else if (thought.branchFromThought() != null) {
      label = paint("🌿 Branch", GREEN, colour);
      context = " (from thought " + thought.branchFromThought() + ", ID: "
          + orUndefined(thought.branchId()) + ")";
    } else {
      label = paint("💭 Thought", BLUE, colour);
      context = "";
    }
    String header = label + " " + thought.thoughtNumber() + "/" + thought.totalThoughts()
        + context;
    String text = thought.thought();
    String border = "─".repeat(Math.max(header.length(), text.length()) + 4);
    String padded = text + " ".repeat(Math.max(0, border.length() - 2 - text.length()));
    return "\n┌" + border + "┐\n│ " + header + " │\n├" + border + "┤\n│ " + padded + " │\n└"
        + border + "┘";
  }

  private static String paint(String text, String colourCode, boolean colour) {
    return colour ? colourCode + text + DEFAULT : text;
  }

  /** A missing number or id prints as JavaScript prints it. */
  private static String orUndefined(@org.jspecify.annotations.Nullable Object value) {
    return value == null ? "undefined" : value.toString();
  }
}
