package io.jmcp.core.tasks;

/**
 * Which of the two task designs a task follows. They are not wire compatible (SEP-2663), so a
 * task is only ever seen through the design that created it.
 */
public enum TaskDesign {
  /**
   * The experimental core tasks of 2025-11-25: the requestor asks for a task ({@code task}
   * param), polls {@code tasks/get}, fetches the answer with {@code tasks/result}; a tool result
   * with {@code isError} makes the task {@code failed}.
   */
  CORE_2025_11_25,
  /**
   * The {@code io.modelcontextprotocol/tasks} extension (2026-07-28): the server decides,
   * {@code tasks/get} carries the answer, input requests and {@code tasks/update} carry questions;
   * a tool result with {@code isError} leaves the task {@code completed}.
   */
  EXTENSION
}
