package io.jmcp.server;

import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolExecution;
import java.util.Map;
import java.util.Objects;

/**
 * A tool as a server serves it: the definition clients list and the handler that runs it.
 *
 * <p>A tool may run as a task (its definition's {@code execution.taskSupport}, set with
 * {@link #withTaskSupport}): the client then gets a task handle at once and the answer later,
 * by polling. The handler does not change: it runs in the background, and its
 * {@link RequestContext} still reaches the client.
 *
 * @param taskStart when a call becomes a task, if it may be one
 */
public record ServerTool(Tool tool, ToolHandler handler, TaskStart taskStart) {

  public ServerTool {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(taskStart, "taskStart");
  }

  public ServerTool(Tool tool, ToolHandler handler) {
    this(tool, handler, TaskStart.IMMEDIATELY);
  }

  public String name() {
    return tool.name();
  }

  /** Whether calls may, must or must not run as tasks; {@code forbidden} unless declared. */
  public TaskSupport taskSupport() {
    ToolExecution execution = tool.execution();
    return execution == null || execution.taskSupport() == null ? TaskSupport.FORBIDDEN
        : execution.taskSupport();
  }

  /** This tool, running as a task when the client allows ({@code optional}) or always. */
  public ServerTool withTaskSupport(TaskSupport support) {
    return withTaskSupport(support, taskStart);
  }

  /** This tool with task support, becoming a task when {@code start} says. */
  public ServerTool withTaskSupport(TaskSupport support, TaskStart start) {
    ToolExecution execution = tool.execution();
    ToolExecution changed = new ToolExecution(Objects.requireNonNull(support),
        execution == null ? Map.of() : execution.extra());
    Tool definition = new Tool(tool.name(), tool.title(), tool.description(), tool.inputSchema(),
        tool.outputSchema(), tool.annotations(), changed, tool.icons(), tool.meta(),
        tool.extra());
    return new ServerTool(definition, handler, start);
  }
}
