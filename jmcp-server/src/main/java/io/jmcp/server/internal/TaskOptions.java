package io.jmcp.server.internal;

import io.jmcp.core.tasks.TaskSettings;
import io.jmcp.core.tasks.TaskStore;
import org.jspecify.annotations.Nullable;

/**
 * How a server runs tool tasks.
 *
 * @param extension whether {@code server/discover} declares the tasks extension; null to declare
 *     it exactly when some tool supports tasks
 */
public record TaskOptions(TaskStore store, TaskSettings settings, @Nullable Boolean extension) {
}
