package io.jmcp.client.internal;

import io.jmcp.core.tasks.TaskStore;
import org.jspecify.annotations.Nullable;

/**
 * What a client does with tasks.
 *
 * @param extension whether 2026-07-28 requests declare the tasks extension (the client then
 *     follows tasks the server makes of its calls)
 * @param receiverStore where the client keeps the tasks a 2025-11-25 server asks it to run
 *     (task-augmented sampling and elicitation); null to run none
 */
public record ClientTasks(boolean extension, @Nullable TaskStore receiverStore) {
}
