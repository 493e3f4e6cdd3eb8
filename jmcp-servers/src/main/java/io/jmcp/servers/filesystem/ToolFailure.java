package io.jmcp.servers.filesystem;

/** A tool call that cannot be carried out; its message goes to the model as an error result. */
final class ToolFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ToolFailure(String message) {
    super(message, null, false, false);
  }
}
