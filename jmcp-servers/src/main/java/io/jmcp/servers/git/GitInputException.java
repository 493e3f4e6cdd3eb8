package io.jmcp.servers.git;

/**
 * A tool input the server refuses or cannot act on: a path outside the allowed area, an
 * option-looking ref, an unknown branch. Its message is what the model reads, so it says what was
 * wrong and what to do instead.
 */
final class GitInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  GitInputException(String message) {
    super(message);
  }
}
