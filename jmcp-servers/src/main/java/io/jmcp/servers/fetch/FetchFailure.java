package io.jmcp.servers.fetch;

/**
 * A fetch that did not produce a page. Its message is written for the model: it says what went
 * wrong and, where there is one, what to do about it.
 */
final class FetchFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean refusal;

  FetchFailure(String message) {
    this(message, false);
  }

  private FetchFailure(String message, boolean refusal) {
    super(message, null, false, false);
    this.refusal = refusal;
  }

  /** A failure because the address policy refused the destination. */
  static FetchFailure refused(String message) {
    return new FetchFailure(message, true);
  }

  /** Whether the address policy refused the destination (rather than the network failing). */
  boolean isRefusal() {
    return refusal;
  }
}
