package io.jmcp.schema;

/**
 * The {@code resultType} of a 2026-07-28 result: how the client must read it. Results of older
 * revisions carry none, which means {@link #COMPLETE}.
 */
public final class ResultType {

  /** The member name on the wire. */
  public static final String FIELD = "resultType";

  /** The request is done; the result is final. */
  public static final String COMPLETE = "complete";

  /** The server needs input from the client first (an {@code InputRequiredResult}). */
  public static final String INPUT_REQUIRED = "input_required";

  /** The request became a task (the {@code io.modelcontextprotocol/tasks} extension). */
  public static final String TASK = "task";

  private ResultType() {
  }
}
