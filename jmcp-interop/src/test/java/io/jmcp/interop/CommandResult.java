package io.jmcp.interop;

import java.util.List;

/** How a finished external command ended: its exit code and everything it printed. */
record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

  CommandResult {
    command = List.copyOf(command);
  }

  /** A message for a failed assertion: the command, its exit code and the tail of its stderr. */
  String describe() {
    String tail = stderr.length() > 4000 ? "..." + stderr.substring(stderr.length() - 4000) : stderr;
    return "command " + command + " exited " + exitCode + "\n--- stderr ---\n" + tail;
  }
}
