package io.jmcp.schema.sampling;

/** The stop reasons the spec names; the field is an open string, so others may arrive. */
public final class StopReason {

  public static final String END_TURN = "endTurn";
  public static final String STOP_SEQUENCE = "stopSequence";
  public static final String MAX_TOKENS = "maxTokens";
  /** The model wants to use a tool (2025-11-25+). */
  public static final String TOOL_USE = "toolUse";

  private StopReason() {
  }
}
