package io.jmcp.server;

import io.jmcp.schema.tools.Tool;
import java.util.Objects;

/** A tool as a server serves it: the definition clients list and the handler that runs it. */
public record ServerTool(Tool tool, ToolHandler handler) {

  public ServerTool {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(handler, "handler");
  }

  public String name() {
    return tool.name();
  }
}
