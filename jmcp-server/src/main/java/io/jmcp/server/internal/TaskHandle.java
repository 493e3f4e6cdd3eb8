package io.jmcp.server.internal;

import io.jmcp.core.tasks.StoredTask;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a 2026-07-28 call that became a task: written as the extension's flat
 * {@code CreateTaskResult} ({@code resultType: "task"}).
 */
record TaskHandle(StoredTask task) implements McpResult {

  @Override
  public @Nullable Meta meta() {
    return null;
  }
}
