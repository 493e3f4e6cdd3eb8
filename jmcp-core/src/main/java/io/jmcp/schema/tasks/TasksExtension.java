package io.jmcp.schema.tasks;

import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.lifecycle.ServerCapabilities;

/**
 * The names of the tasks extension of 2026-07-28 ({@code io.modelcontextprotocol/tasks}, repo
 * {@code modelcontextprotocol/ext-tasks}): its identifier, methods and result type. Its messages
 * are not part of the 2026-07-28 schema; they are read and written as JSON.
 */
public final class TasksExtension {

  /** The extension identifier, under {@code capabilities.extensions}. */
  public static final String ID = "io.modelcontextprotocol/tasks";

  /** Polls a task; the answer is a detailed task (status, and result, error or questions). */
  public static final String GET = GetTaskRequest.METHOD;

  /** Answers a task's questions ({@code inputResponses}). */
  public static final String UPDATE = "tasks/update";

  /** Asks to cancel a task. */
  public static final String CANCEL = CancelTaskRequest.METHOD;

  /** Pushed on a listen stream that asked for the task's ids. */
  public static final String STATUS_NOTIFICATION = "notifications/tasks";

  private TasksExtension() {
  }

  /** Whether {@code capabilities} (of one 2026-07-28 request) declare the extension. */
  public static boolean declaredBy(ClientCapabilities capabilities) {
    return capabilities.extensions() != null && capabilities.extensions().containsKey(ID);
  }

  /** Whether the server's capabilities declare the extension. */
  public static boolean offeredBy(ServerCapabilities capabilities) {
    return capabilities.extensions() != null && capabilities.extensions().containsKey(ID);
  }
}
